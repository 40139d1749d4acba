package main

import (
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
)

// metaDate is a page's publication date from its metadata, which the output gives,
// marked as such, when the article text gives no publication date: it has no span,
// since the text does not hold it.
type metaDate struct {
	Role string `json:"role"`
	page.Published
}

// pageDate reads a page's metadata publication date; nil when it has none.
func pageDate(pg []byte) *metaDate {
	p, ok := page.PublishedDate(pg)
	if !ok {
		return nil
	}
	return &metaDate{Role: extract.PublishedDate.String(), Published: p}
}

// unless drops the metadata date when the report has a publication date of its own.
func (m *metaDate) unless(rep *extract.Report) *metaDate {
	if m == nil {
		return nil
	}
	for _, d := range rep.Dates {
		if d.Role == extract.PublishedDate {
			return nil
		}
	}
	return m
}
