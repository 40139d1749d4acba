package text_test

import (
	"fmt"

	"github.com/verdictnlp/verdict/text"
)

func ExampleParse() {
	src := "On Air Now Jo Bloggs 6:00am - 9:00am\n\nCllr Ash said: \u201cWe accept this.\u201d Ofsted agreed.\n"
	doc := text.Parse(src)
	for _, b := range doc.Boilerplate() {
		fmt.Printf("furniture %q\n", b.Of(src))
	}
	for _, s := range doc.Sentences() {
		sp := doc.Span(s.Range)
		fmt.Printf("sentence %q, analysed as %q\n", sp.Of(src), doc.Slice(s.Range))
	}
	// Output:
	// furniture "On Air Now Jo Bloggs 6:00am - 9:00am"
	// sentence "Cllr Ash said: “We accept this.”", analysed as "Cllr Ash said: \"We accept this.\""
	// sentence "Ofsted agreed.", analysed as "Ofsted agreed."
}
