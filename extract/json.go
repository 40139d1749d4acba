package extract

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// A JSONMember is a member a caller adds to a Report's JSON object, beside the Report's
// own: its key and its value, already JSON (indented for its place when the object is).
type JSONMember struct {
	Key   string
	Value []byte
}

// AppendJSON appends r's JSON object to dst, byte for byte as encoding/json writes it
// with HTML escaping off: on one line when indent is "", else indented by indent per
// level; with no final newline. The members before and after are written as the
// object's first and last members. It writes the fields directly, without reflection.
func AppendJSON(dst []byte, r *Report, indent string, before, after []JSONMember) []byte {
	w := jsonWriter{b: slices.Grow(dst, jsonSize(r, len(indent))), indent: indent, counts: make([]int, 0, 8)}
	w.open('{')
	for _, m := range before {
		w.key(m.Key)
		w.b = append(w.b, m.Value...)
	}
	w.key("inspectorate")
	w.inspectorate(r.Inspectorate)
	w.key("subject")
	w.subject(r.Subject)
	w.key("judgements")
	writeList(&w, r.Judgements, (*jsonWriter).judgement)
	w.key("dates")
	writeList(&w, r.Dates, (*jsonWriter).date)
	w.key("officials")
	writeList(&w, r.Officials, (*jsonWriter).official)
	w.key("quotes")
	writeList(&w, r.Quotes, (*jsonWriter).quote)
	w.key("findings")
	writeList(&w, r.Findings, (*jsonWriter).finding)
	w.key("boilerplate")
	writeList(&w, r.Boilerplate, (*jsonWriter).span)
	for _, m := range after {
		w.key(m.Key)
		w.b = append(w.b, m.Value...)
	}
	w.close('}')
	return w.b
}

// jsonSize estimates the length of r's JSON, so that its buffer is allocated once: the
// strings, and for each item its keys, numbers and indents.
func jsonSize(r *Report, indent int) int {
	perItem := 100 + 24*indent
	n := 400 + (len(r.Judgements)+len(r.Dates)+len(r.Quotes)+len(r.Findings)+len(r.Boilerplate))*perItem
	for i := range r.Judgements {
		n += len(r.Judgements[i].Text) + len(r.Judgements[i].AreaText) + len(r.Judgements[i].Subject)
	}
	for i := range r.Dates {
		n += len(r.Dates[i].Text)
	}
	for i := range r.Officials {
		n += len(r.Officials[i].Name) + len(r.Officials[i].Role) + len(r.Officials[i].Org) + perItem
		for _, m := range r.Officials[i].Mentions {
			n += len(m.Text) + perItem
		}
	}
	for i := range r.Quotes {
		n += len(r.Quotes[i].Text) + len(r.Quotes[i].Speaker)
	}
	for i := range r.Findings {
		n += len(r.Findings[i].Text)
	}
	return n
}

// jsonWriter writes JSON into b as encoding/json's compact or indented form.
type jsonWriter struct {
	b      []byte
	indent string
	counts []int // the members or elements written so far in each open object or array
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.counts = append(w.counts, 0)
}

// close ends the innermost object or array: an empty one stays "{}" or "[]".
func (w *jsonWriter) close(c byte) {
	n := w.counts[len(w.counts)-1]
	w.counts = w.counts[:len(w.counts)-1]
	if n > 0 {
		w.newline()
	}
	w.b = append(w.b, c)
}

// next starts a member or an element: a comma after the one before, then a new line.
func (w *jsonWriter) next() {
	k := len(w.counts) - 1
	if w.counts[k] > 0 {
		w.b = append(w.b, ',')
	}
	w.counts[k]++
	w.newline()
}

func (w *jsonWriter) newline() {
	if w.indent == "" {
		return
	}
	w.b = append(w.b, '\n')
	for range w.counts {
		w.b = append(w.b, w.indent...)
	}
}

// key starts a member; k is one of the Report's keys, which need no escaping.
func (w *jsonWriter) key(k string) {
	w.next()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
	if w.indent != "" {
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) str(s string) { w.b = appendJSONString(w.b, s) }
func (w *jsonWriter) int(n int)    { w.b = strconv.AppendInt(w.b, int64(n), 10) }
func (w *jsonWriter) null()        { w.b = append(w.b, "null"...) }

// writeList writes xs as an array, each element with one, and a nil list as null.
func writeList[T any](w *jsonWriter, xs []T, one func(*jsonWriter, *T)) {
	if xs == nil {
		w.null()
		return
	}
	w.open('[')
	for i := range xs {
		w.next()
		one(w, &xs[i])
	}
	w.close(']')
}

func (w *jsonWriter) span(s *text.Span) {
	w.open('{')
	w.key("start")
	w.int(s.Start)
	w.key("end")
	w.int(s.End)
	w.close('}')
}

// textAndSpan writes the "text" and "span" members that close most items.
func (w *jsonWriter) textAndSpan(t string, s *text.Span) {
	w.key("text")
	w.str(t)
	w.key("span")
	w.span(s)
}

func (w *jsonWriter) inspectorate(m *InspectorateMention) {
	if m == nil {
		w.null()
		return
	}
	w.open('{')
	w.key("name")
	w.str(m.Name.String())
	w.key("span")
	w.span(&m.Span)
	w.close('}')
}

func (w *jsonWriter) subject(s *entity.Subject) {
	if s == nil {
		w.null()
		return
	}
	w.open('{')
	w.key("name")
	w.str(s.Name)
	w.key("service")
	w.str(s.Service)
	w.key("span")
	w.span(&s.Span)
	w.close('}')
}

func (w *jsonWriter) judgement(j *rating.Judgement) {
	w.open('{')
	w.key("area")
	w.str(j.Area)
	w.key("grade")
	w.str(j.Grade.String())
	w.key("scale")
	w.str(j.Scale.String())
	w.key("time")
	w.str(j.Time.String())
	w.key("year")
	if j.Year == nil {
		w.null()
	} else {
		w.int(*j.Year)
	}
	if j.Subject != "" {
		w.key("subject")
		w.str(j.Subject)
	}
	if j.Change != "" {
		w.key("change")
		w.str(string(j.Change))
	}
	w.textAndSpan(j.Text, &j.Span)
	if j.AreaText != "" {
		w.key("area_text")
		w.str(j.AreaText)
	}
	if j.AreaSpan != nil {
		w.key("area_span")
		w.span(j.AreaSpan)
	}
	w.close('}')
}

func (w *jsonWriter) date(d *Date) {
	w.open('{')
	w.key("role")
	w.str(d.Role.String())
	w.key("value")
	w.str(d.Value)
	w.key("end")
	if d.End == nil {
		w.null()
	} else {
		w.str(*d.End)
	}
	w.key("precision")
	w.str(d.Precision.String())
	w.textAndSpan(d.Text, &d.Span)
	w.close('}')
}

func (w *jsonWriter) official(o *entity.Official) {
	w.open('{')
	w.key("name")
	w.str(o.Name)
	w.key("role")
	w.str(o.Role)
	w.key("org")
	w.str(o.Org)
	w.key("mentions")
	writeList(w, o.Mentions, func(w *jsonWriter, m *entity.Mention) {
		w.open('{')
		w.textAndSpan(m.Text, &m.Span)
		w.close('}')
	})
	w.close('}')
}

func (w *jsonWriter) quote(q *quote.Quote) {
	w.open('{')
	w.key("text")
	w.str(q.Text)
	w.key("speaker")
	w.str(q.Speaker)
	w.key("speaker_kind")
	w.str(q.SpeakerKind.String())
	w.key("paragraphs")
	w.int(q.Paragraphs)
	w.key("span")
	w.span(&q.Span)
	w.close('}')
}

func (w *jsonWriter) finding(f *Finding) {
	w.open('{')
	w.key("polarity")
	w.str(f.Polarity.String())
	w.key("theme")
	w.str(f.Theme)
	w.textAndSpan(f.Text, &f.Span)
	w.close('}')
}

const jsonHex = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaped as encoding/json escapes it with
// HTML escaping off: quote and backslash, control characters, invalid UTF-8 (as
// U+FFFD), and U+2028 and U+2029.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = appendEscapedByte(dst, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', jsonHex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendEscapedByte appends the escape of an ASCII byte JSON strings cannot hold as it
// is.
func appendEscapedByte(dst []byte, c byte) []byte {
	switch c {
	case '\\', '"':
		return append(dst, '\\', c)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', jsonHex[c>>4], jsonHex[c&0xF])
}
