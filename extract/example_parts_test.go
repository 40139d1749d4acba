package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/verdictnlp/verdict/extract"
)

// WithParts does only the work asked for: here the judgements, for a dashboard of
// grades that has no use for quotes or findings.
func ExampleWithParts() {
	ex, err := extract.New(extract.WithParts(extract.Judgements))
	if err != nil {
		panic(err)
	}
	rep, err := ex.Extract("Ofsted has rated Wexcombe Primary School 'good'. Head teacher Ann Lyle said: \u201cWe are delighted.\u201d")
	if err != nil {
		panic(err)
	}
	for _, j := range rep.Judgements {
		fmt.Println(j.Area, j.Grade)
	}
	fmt.Println(len(rep.Quotes), "quotes")
	// Output:
	// overall good
	// 0 quotes
}

// ExtractContext gives up when its context is done, for a request whose client has
// gone or a batch with a deadline.
func ExampleExtractor_ExtractContext() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ex, err := extract.New()
	if err != nil {
		panic(err)
	}
	rep, err := ex.ExtractContext(ctx, "The CQC rated Holm Lane Surgery outstanding.")
	if err != nil {
		fmt.Println("stopped:", err) // context.DeadlineExceeded or context.Canceled
		return
	}
	fmt.Println(rep.Judgements[0].Grade)
	// Output:
	// outstanding
}
