package page_test

import (
	"context"
	"fmt"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
)

// Text takes a page's article text out of its furniture; the report's spans index
// that text, and NewMap takes them back to the page.
func ExampleText() {
	html := []byte(`<html><head><title>Nursery rated good</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Nursery rated good</h1>
<p>Ofsted has rated Brackenfold Nursery in Lower Haddon <b>good</b> after its first inspection, in a report published this week.</p>
<p>Inspectors said children were happy and safe, and that staff knew each child well and planned activities around their interests.</p>
</article><footer>Copyright Haddon News</footer></body></html>`)
	dec := page.Decode(html, "text/html", true) // a declared or detected charset, to UTF-8
	txt, err := page.Text(context.Background(), []byte(dec.Text), 0)
	if err != nil {
		panic(err) // page.ErrNoArticle, page.ErrTooDeep, or too large
	}
	rep, err := extract.Extract(txt)
	if err != nil {
		panic(err)
	}
	m := page.NewMap([]byte(dec.Text), txt)
	for _, j := range rep.Judgements {
		at, _ := m.Span(j.Span)
		fmt.Println(j.Grade, txt[j.Span.Start:j.Span.End], dec.Text[at.Start:at.End])
	}
	// Output:
	// good good good
}
