package page

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/text"
	"golang.org/x/net/html"
)

// Map takes spans of the article text Text gave back to the HTML page it came
// from. Build it with NewMap once per page.
type Map struct {
	start, end []int32 // per byte of the article text: the page bytes of its character; -1 not found, -2 white space
}

// NewMap aligns article, the text Text returned for page, with the page's text
// content. Each paragraph of the article is looked for, in order and ignoring white
// space, in the text of the page's elements (scripts, styles and comments left out, and
// character references decoded); a paragraph not found so, because readability changed
// its characters, stays unmapped.
func NewMap(page []byte, article string) *Map {
	stream, from, to := pageStream(page)
	m := &Map{start: make([]int32, len(article)), end: make([]int32, len(article))}
	for i, r := range article { // -2 marks white space, -1 a character not yet found
		v := int32(-1)
		if unicode.IsSpace(r) {
			v = -2
		}
		for k := i; k < i+utf8.RuneLen(r) && k < len(article); k++ {
			m.start[k], m.end[k] = v, v
		}
	}
	// A paragraph found costs the page text up to it, and the cursor then moves past
	// it, so finding costs one pass; a paragraph not found costs the rest of the page.
	// Once the misses have scanned eight pages' worth, a search looks only a little
	// way ahead of the cursor, so a page of changed paragraphs stays linear.
	cursor, budget := 0, 8*len(stream)+1<<16
	var want []byte
	var at []int
	for p := 0; p < len(article); {
		q := strings.Index(article[p:], "\n\n")
		if q < 0 {
			q = len(article)
		} else {
			q += p
		}
		want, at = want[:0], at[:0]
		for i := p; i < q; {
			r, n := utf8.DecodeRuneInString(article[i:])
			if !unicode.IsSpace(r) {
				want = append(want, article[i:i+n]...)
				for k := range n {
					at = append(at, i+k)
				}
			}
			i += n
		}
		if len(want) > 0 {
			hay := stream[cursor:]
			if budget <= 0 {
				hay = hay[:min(len(hay), 64*len(want)+256)]
			}
			if k := bytes.Index(hay, want); k < 0 {
				budget -= len(hay)
			} else {
				k += cursor
				for j, i := range at {
					m.start[i], m.end[i] = from[k+j], to[k+j]
				}
				cursor = k + len(want)
			}
		}
		p = q + 2
	}
	return m
}

// pageStream is the page's text, white space removed, with the page range of every
// byte: the text of its elements, scripts, styles and the like left out.
func pageStream(page []byte) (stream []byte, from, to []int32) {
	z := html.NewTokenizer(bytes.NewReader(page))
	off, skip := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template", "textarea":
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
		case html.TextToken:
			if skip == 0 {
				stream, from, to = appendText(stream, from, to, raw, off)
			}
		}
		off += len(raw)
	}
	return stream, from, to
}

// appendText adds the characters of a text token's raw bytes, starting at page offset
// off, to the stream, decoding character references and dropping white space.
func appendText(stream []byte, from, to []int32, raw []byte, off int) ([]byte, []int32, []int32) {
	for i := 0; i < len(raw); {
		s, n := raw[i:i+1], 1
		if raw[i] == '&' {
			if j := bytes.IndexByte(raw[i:min(len(raw), i+34)], ';'); j > 1 {
				if u := html.UnescapeString(string(raw[i : i+j+1])); u != string(raw[i:i+j+1]) {
					s, n = []byte(u), j+1
				}
			}
		} else {
			_, n = utf8.DecodeRune(raw[i:])
			s = raw[i : i+n]
		}
		for len(s) > 0 {
			r, w := utf8.DecodeRune(s)
			if !unicode.IsSpace(r) {
				stream = append(stream, s[:w]...)
				for range w {
					from = append(from, int32(off+i))
					to = append(to, int32(off+i+n))
				}
			}
			s = s[w:]
		}
		i += n
	}
	return stream, from, to
}

// Span gives the range of the page that the article text's span s came from: from the
// page bytes of its first character to those of its last, tags between included. It
// reports false when s is out of range, holds no character, or any of its characters
// could not be found in the page.
func (m *Map) Span(s text.Span) (text.Span, bool) {
	if s.Start < 0 || s.End > len(m.start) || s.Start >= s.End {
		return text.NoSpan, false
	}
	first, last := -1, -1
	for i := s.Start; i < s.End; i++ {
		switch m.start[i] {
		case -1:
			return text.NoSpan, false
		case -2:
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 {
		return text.NoSpan, false
	}
	return text.Span{Start: int(m.start[first]), End: int(m.end[last])}, true
}
