package dates_test

import (
	"fmt"
	"time"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// The dates of a short news item: the header places "last month", and the previous
// grade's year dates the previous inspection.
func Example() {
	in := "Published: 12 June 2024\n\nOfsted inspectors visited Larkhollow Infant School last month. " +
		"The school was previously judged good in 2019."
	doc := text.Parse(in)
	insp := rating.Inspectorates(doc)
	found := rating.Find(doc, insp, rating.NoInspectorate)
	ms := dates.Parse(doc)
	dates.Resolve(doc, ms, found, insp, time.Time{})
	for i := range ms {
		if ms[i].Resolved() {
			d := ms[i].Date(doc)
			fmt.Printf("%s %s %q\n", d.Role, d.Value, in[d.Span.Start:d.Span.End])
		}
	}
	// Output:
	// published 2024-06-12 "12 June 2024"
	// inspection 2024-05 "last month"
	// previous_inspection 2019 "2019"
}
