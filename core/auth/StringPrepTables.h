#pragma once

#include <QLatin1String>

namespace pgrepl {

// The RFC 3454 appendix tables that SASLprep (RFC 4013) consults: membership
// tests over compact sorted range lists, so the prohibition and bidi checks
// do not depend on the Unicode version Qt happens to ship.
enum class StringPrepTable {
    A1, // unassigned code points in Unicode 3.2
    B1, // commonly mapped to nothing
    C12, // non-ASCII space characters
    C21, // ASCII control characters
    C22, // non-ASCII control characters
    C3, // private use
    C4, // non-character code points
    C5, // surrogate codes
    C6, // inappropriate for plain text
    C7, // inappropriate for canonical representation
    C8, // change display properties or deprecated
    C9, // tagging characters
    D1, // bidi "R" or "AL" (RandALCat)
    D2, // bidi "L" (LCat)
};

bool inStringPrepTable(StringPrepTable table, char32_t c);
// "C.2.1 (ASCII control)" and the like, for error messages.
QLatin1String stringPrepTableName(StringPrepTable table);

} // namespace pgrepl
