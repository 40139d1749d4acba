package rating_test

import (
	"fmt"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

func ExampleFind() {
	doc := text.Parse("In its 2024 report the CQC rated the trust inadequate for safe and well-led, and good for caring. It was rated outstanding in 2017.")
	for _, j := range rating.Find(doc, rating.Inspectorates(doc), rating.NoInspectorate) {
		fmt.Println(j.Time, j.Area, j.Grade, j.Scale)
	}
	// Output:
	// current safe inadequate cqc
	// current well-led inadequate cqc
	// current caring good cqc
	// previous overall outstanding cqc
}

func ExampleLookup() {
	g, _ := rating.Lookup(rating.PEEL, "adequate")
	fmt.Println(g, g.Rank(), len(rating.PEEL.Grades()))
	// Output: adequate 3 5
}
