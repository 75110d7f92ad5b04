"""The exceptions of annals, one per kind of C++ error (include/annals/error.h).

Defined in Python so that each is also the built-in exception Python code
expects: a bad argument is a ValueError, a file that cannot be read an OSError.
"""


class Error(RuntimeError):
    """Any error the annals engine raises (annals::Error)."""


class UsageError(Error, ValueError):
    """The request cannot be carried out as asked: an unknown method, parameter,
    format or value, a model that does not fit (annals::UsageError)."""


class IoError(Error, OSError):
    """A file could not be read or written; the message names it (annals::IoError)."""
