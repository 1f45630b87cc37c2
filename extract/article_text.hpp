// Turning a plain-text article into a Document: metadata is not text.
//  - a first line "date YYYY-MM-DD" sets the date (the article may continue on that line);
//  - a line "Published On 4 Sep 2025" (or "Published: 16/05/2025", "Updated 4:12 PM GMT+2, June 25,
//    2025", "Posted ...") sets the date if none, and is dropped; so does a date among a header's
//    fields ("The Daily · Live coverage · Monday 29 May 2023");
//  - a day without a year in the header ("Tuesday 30 May · Last updated 21:52", a wire's dateline
//    "BRASILIA, May 30 (Wire) -") sets the date to "--MM-DD" if none is found, for the extractor
//    to add the year the text gives away;
//  - a wire slug line in capitals and dashes (FRANCE-EU-UKRAINE-...) is dropped;
//  - photo credits "(AP Photo/...)", "(Photo by ...)", "(Reuters/...)", "Getty Images", and a
//    caption's closing "Photograph: Name/PA" or "Photo: Name / AFP", are cut out;
//  - a UTF-8 byte-order mark is dropped; CRLF becomes LF; invalid UTF-8 is replaced.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "extract/document.hpp"

namespace evkg {

// Builds the document from raw bytes. `invalid_bytes` receives the number of invalid UTF-8
// sequences replaced (callers warn about them).
Document parse_plain_article(std::string id, std::string_view bytes, std::size_t* invalid_bytes = nullptr);

// Removes metadata from article text (used for JSON records too); sets *date when it finds one
// and *date is empty.
std::string strip_metadata(std::string_view text, std::string* date);

// Parses dates such as "4 Sep 2025", "Sept. 4, 2025", "September 4 2025", "2025-09-04", and numeric
// "16/05/2025" or "05/16/2025" when the day is over 12, into ISO; "" when it is not such a date.
std::string parse_date_phrase(std::string_view s);

// A day and month with no year ("Tuesday 30 May", "May 30") as "--MM-DD" (ISO 8601's form for
// it); "" when there is none.
std::string parse_day_without_year(std::string_view s);

// Whether the text is a gallery of numbered captions: at least three lines open with "1. ", "12. ".
// Captions tell what is pictured in the present tense ("Biden welcomes Kishida on Friday").
bool numbered_captions(std::string_view text);

// Whether the text is a live report: at least two lines open with a time ("07:50 Zelensky lands").
bool live_report(std::string_view text);

// Whether the short lines of the text's opening (its first 600 bytes) call it a look ahead: "The week ahead",
// "What to expect", "What to watch", "Preview:". What such a page says in the present is to come
// ("Saudi Arabia hosts the summit in Jeddah on Friday").
bool preview_page(std::string_view text);

}  // namespace evkg
