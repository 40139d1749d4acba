package quote_test

import (
	"fmt"

	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/text"
)

func ExampleCandidates() {
	doc := text.Parse("\u201cThere are serious failures here,\u201d the report read. \u201cToo many children wait.\u201d\n\nShe said it was \u2018unacceptable\u2019.")
	for _, c := range quote.Candidates(doc, quote.Segments(doc)) {
		if c.Words < quote.MinWords {
			continue // "unacceptable" is a scare quote
		}
		a := quote.Attribute(doc, c)
		fmt.Printf("%q, said by %q\n", doc.Original(c.Range()), doc.Original(a.Speaker))
	}
	// Output:
	// "There are serious failures here,” the report read. “Too many children wait.", said by "the report"
}
