// Package page reads what clients of the extractor are given, so that the extract
// package need not: a web page's article text, and a way back from that text's spans
// to the page.
//
// Text takes the article out of a page and NewMap aligns it with the page; both take
// the page as bytes. The extract package does not import this one, so a program that
// reads plain text alone does not link the HTML parser or readability.
package page

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/verdictnlp/verdict/extract"
	"golang.org/x/net/html"
)

// ErrNoArticle is returned by Text when a page has no readable article text.
var ErrNoArticle = errors.New("page: no article text in HTML page")

// MaxDepth is the deepest element nesting Text reads. News pages nest a few dozen
// elements deep; readability's scoring takes time that grows with the square of the
// depth (8,000 nested tables, 128 KB, take seconds), so a deeper page is an error
// rather than a stall.
const MaxDepth = 512

// ErrTooDeep is returned by Text for a page nested deeper than MaxDepth.
var ErrTooDeep = fmt.Errorf("page: HTML nested deeper than %d elements", MaxDepth)

// Text returns the article text of a web page, for Extract: the headline, a blank
// line, then the body's paragraphs separated by blank lines, without the navigation,
// cookie banners, share buttons, related-story lists and footers around it.
//
// A page over maxSize bytes gives an *extract.SizeError (maxSize <= 0 means
// extract.DefaultMaxInputSize), one nested deeper than MaxDepth ErrTooDeep, one with no
// article text ErrNoArticle; when ctx is done between the steps Text returns ctx.Err().
// Readability's content scoring finds the article; a page whose body is too short for
// it to be sure may lose text.
//
// The spans of a Report made from this text index the text, not the HTML: keep the
// returned string to slice them, and use NewMap to take them back to the page.
func Text(ctx context.Context, page []byte, maxSize int) (string, error) {
	if maxSize <= 0 {
		maxSize = extract.DefaultMaxInputSize
	}
	if len(page) > maxSize {
		return "", &extract.SizeError{Size: len(page), Limit: maxSize}
	}
	// The HTML parser, too, slows with the square of the depth, so the tags are
	// counted first; the tree's own depth is checked after parsing.
	if tagDepth(page) > MaxDepth {
		return "", ErrTooDeep
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("page: reading HTML: %w", err)
	}
	if depth(doc) > MaxDepth {
		return "", ErrTooDeep
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	return article(doc)
}

// article renders readability's article of doc as text, headline first.
func article(doc *html.Node) (string, error) {
	art, err := readability.FromDocument(doc, nil)
	if err != nil {
		return "", fmt.Errorf("page: reading HTML: %w", err)
	}
	if art.Node == nil {
		return "", ErrNoArticle
	}
	var body strings.Builder
	if err := art.RenderText(&body); err != nil {
		return "", fmt.Errorf("page: reading HTML: %w", err)
	}
	text := strings.TrimSpace(body.String())
	if text == "" {
		return "", ErrNoArticle
	}
	// Readability moves the headline into the page title; the headline carries the
	// grade as often as the body does, so it goes back in front.
	if title := strings.TrimSpace(art.Title()); title != "" && !strings.HasPrefix(text, title) {
		text = title + "\n\n" + text
	}
	return text + "\n", nil
}

// depth is the deepest element nesting under n, found without recursion so that a
// hostile page cannot exhaust the stack.
func depth(n *html.Node) int {
	type item struct {
		n *html.Node
		d int
	}
	deepest := 0
	stack := []item{{n, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, it.d)
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.d + 1})
		}
	}
	return deepest
}

// tagDepth is the deepest nesting of start tags in page, counted in one pass of the
// tokenizer. Void elements, self-closing tags and the elements whose end tag HTML lets
// a page leave out (p, li, td and the like) are not counted, so a page that leaves
// those open is not taken for a deep one.
func tagDepth(page []byte) int {
	z := html.NewTokenizer(bytes.NewReader(page))
	d, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !uncounted[string(name)] {
				d++
				deepest = max(deepest, d)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !uncounted[string(name)] && d > 0 {
				d--
			}
		}
	}
}

// uncounted are the void elements and those whose end tag may be left out.
var uncounted = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
	"p": true, "li": true, "dt": true, "dd": true, "tr": true, "td": true, "th": true, "option": true,
	"optgroup": true, "rb": true, "rt": true, "rp": true, "rtc": true, "colgroup": true, "caption": true,
	"thead": true, "tbody": true, "tfoot": true, "html": true, "head": true, "body": true,
}
