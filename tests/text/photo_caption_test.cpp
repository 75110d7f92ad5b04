// Photo captions standing as sentences: hand-written captions in the
// agencies' form and prose that shares part of it.
#include "text/photo_caption.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(PhotoCaption, AgencyCaptionsAreFound) {
  for (const char* caption : {
           "Harbour board chairman Tom Reid speaks at a news conference in Carrowmouth, Tuesday, Nov. 2, 2010.",
           "A trader watches the board at the exchange in Carrowmouth on Wednesday, Oct. 15, 2008.",
           "Traders work on the floor of the Carrowmouth exchange Wednesday, Nov. 5, 2008.",
           "A fishing boat passes the closed pier in Carrowmouth on Wednesday Oct. 15, 2008.",
           "Mayor Ana Ruiz, left, is seated beside the harbour master in Carrowmouth, Friday, May 28, 2010.",
           "The governor walks out to speak to reporters at the pier, Monday, July 19, 2010. (AP Photo/Lena Ortiz)",
           "Smoke rises over the harbour front in Carrowmouth, Sunday, January 9, 2011.",
           // adjectives and participles in -ed are no past tense
           "An oiled gull sits on the rocks below the closed pier in Carrowmouth, Monday, June 7, 2010.",
           "The mayor, centre, makes a statement after his closed meeting at the hall, Saturday, Oct. 11, 2008.",
           "In this image from video provided by the harbour board, water flows over the pier, Monday, July 12, 2010.",
           "A gull is seen on the beach after being drenched by the storm in Carrowmouth, Friday, June 4, 2010.",
           "A pedestrian looks up at the harbour board in Carrowmouth, Thursday, Oct. 16, 2008.",
       }) {
    SCOPED_TRACE(caption);
    EXPECT_TRUE(is_photo_caption(caption, "en"));
  }
}

TEST(PhotoCaption, ProseWithTheDateIsKept) {
  for (const char* prose : {
           // reporting, past and future
           "The harbour master said the pier would reopen on Monday, July 19, 2010.",
           "The board takes up the plan again when it meets, Monday, July 19, 2010, the mayor said.",
           "Two boats were lost when the storm hit the pier on Tuesday, Nov. 2, 2010.",
           "The board will vote on the repairs on Wednesday, Oct. 15, 2008.",
           // a deadline, not the day of a picture
           "I would ask the board to answer these questions by Friday, July 2, 2010.",
           // no verb of a picture
           "The storm that closed the Carrowmouth pier, Tuesday, Nov. 2, 2010.",
           // the date is not the end of the sentence
           "A trader watches the board on Wednesday, Oct. 15, 2008, as shares fall for the fifth day.",
           // the past tense, and nouns that look like the verbs of a picture
           "Harbour talks collapsed in Carrowmouth on Monday, Jan. 10, 2011.",
           "Police arrested twenty people at protests outside the hall, Saturday, Jan. 15, 2011.",
           "Thousands of fishermen gathered for marches across the coast on Friday, Jan. 28, 2011.",
           // schedules in the present
           "The fishing ban takes effect on Friday, July 2, 2010.",
           "The council takes up the harbour bill on Tuesday, Nov. 30, 2010.",
           "The harbour board makes its first payment to the fund on Monday, Aug. 23, 2010.",
           "The navy takes over command of the harbour starting Thursday, March 31, 2011.",
           "I look forward to seeing you all at the pier on Friday, July 2, 2010.",
           // no weekday, no year
           "A trader watches the board at the exchange in Carrowmouth on Oct. 15, 2008.",
           "A trader watches the board at the exchange in Carrowmouth on Wednesday, Oct. 15.",
       }) {
    SCOPED_TRACE(prose);
    EXPECT_FALSE(is_photo_caption(prose, "en"));
  }
}

TEST(PhotoCaption, EnglishOnly) {
  EXPECT_FALSE(is_photo_caption("A trader watches the board in Carrowmouth, Wednesday, Oct. 15, 2008.", "es"));
  EXPECT_FALSE(is_photo_caption("Un operador mira el panel en Carrowmouth, el miércoles 15 de octubre de 2008.", "es"));
}

TEST(PhotoCaption, LongSentencesAreProse) {
  std::string sentence = "A trader watches the board";
  for (int i = 0; i < 60; ++i) sentence += " and the harbour";
  sentence += " in Carrowmouth, Wednesday, Oct. 15, 2008.";
  EXPECT_FALSE(is_photo_caption(sentence, "en"));
}

}  // namespace
}  // namespace annals::text
