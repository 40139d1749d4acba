package extract_test

import (
	"fmt"
	"time"

	"github.com/verdictnlp/verdict/extract"
)

func ExampleExtract() {
	article := "Ofsted has rated Borchester Council's children's services 'inadequate'. " +
		"The service was judged to 'require improvement' in 2019.\n\n" +
		"Council leader Jane Ash said: \u201cWe accept these findings in full and will act.\u201d"
	// Built once, shared by every goroutine; the reference date places "in 2019".
	ex, err := extract.New(extract.WithReferenceDate(time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		panic(err)
	}
	rep, err := ex.Extract(article)
	if err != nil {
		panic(err) // only an input over the size limit fails
	}
	fmt.Println(rep.Inspectorate.Name, "|", rep.Subject.Name, "|", rep.Subject.Service)
	for _, j := range rep.Judgements {
		fmt.Println(j.Time, j.Area, j.Grade, article[j.Span.Start:j.Span.End])
	}
	for _, q := range rep.Quotes {
		fmt.Printf("%s (%s): %s\n", q.Speaker, rep.Officials[0].Role, q.Text)
	}
	// Output:
	// Ofsted | Borchester Council | children's services
	// current overall inadequate inadequate
	// previous overall requires improvement require improvement
	// Jane Ash (council leader): We accept these findings in full and will act.
}
