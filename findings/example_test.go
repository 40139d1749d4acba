package findings_test

import (
	"fmt"

	"github.com/verdictnlp/verdict/findings"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// The scan run alone, on the judgements rating finds: the grade is a label, and the
// council's reaction is not a finding.
func Example() {
	in := "Ofsted has rated Brackenmoor Council's children's services good.\n\n" +
		"Inspectors found that social workers knew their children well, but some care plans were out of date.\n\n" +
		"Council leader Ann Tilsby said she was proud of the excellent work of her staff."
	doc := text.Parse(in)
	ms := rating.Inspectorates(doc)
	found := rating.Find(doc, ms, rating.NoInspectorate)
	for _, f := range findings.Find(findings.Input{Doc: doc, Found: found, Mentions: found, Inspectorate: len(ms) > 0}) {
		fmt.Printf("%s (%s): %s\n", f.Polarity, f.Theme, f.Text)
	}
	// Output:
	// positive (staffing and workload): Inspectors found that social workers knew their children well
	// failure (care and support): but some care plans were out of date.
}
