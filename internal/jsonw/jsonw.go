// Package jsonw writes JSON directly, without reflection, byte for byte as encoding/json
// writes the same values with HTML escaping off, compact or indented: the writer and
// the items of extract's Report, whose types live in the packages rating, dates, entity,
// quote, findings and text.
package jsonw

import (
	"strconv"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/findings"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// Writer appends JSON as encoding/json's compact or indented form.
type Writer struct {
	b      []byte
	indent string
	counts []int // the members or elements written so far in each open object or array
}

// New returns a Writer that appends to dst, indenting by indent per level ("" for
// one line).
func New(dst []byte, indent string) *Writer {
	return &Writer{b: dst, indent: indent, counts: make([]int, 0, 8)}
}

// Bytes returns what was written, after the dst given to New.
func (w *Writer) Bytes() []byte { return w.b }

// Raw writes v, already JSON, as the value of the member or element begun.
func (w *Writer) Raw(v []byte) { w.b = append(w.b, v...) }

// Open begins an object ('{') or an array ('[').
func (w *Writer) Open(c byte) {
	w.b = append(w.b, c)
	w.counts = append(w.counts, 0)
}

// Close ends the innermost object or array: an empty one stays "{}" or "[]".
func (w *Writer) Close(c byte) {
	n := w.counts[len(w.counts)-1]
	w.counts = w.counts[:len(w.counts)-1]
	if n > 0 {
		w.newline()
	}
	w.b = append(w.b, c)
}

// Next starts an element of an array (Key starts a member): a comma after the one before, then a new line.
func (w *Writer) Next() {
	k := len(w.counts) - 1
	if w.counts[k] > 0 {
		w.b = append(w.b, ',')
	}
	w.counts[k]++
	w.newline()
}

func (w *Writer) newline() {
	if w.indent == "" {
		return
	}
	w.b = append(w.b, '\n')
	for range w.counts {
		w.b = append(w.b, w.indent...)
	}
}

// Key starts a member of an object; k is a key that needs no escaping.
func (w *Writer) Key(k string) {
	w.Next()
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
	if w.indent != "" {
		w.b = append(w.b, ' ')
	}
}

// Str writes a string value, escaped as encoding/json escapes it.
func (w *Writer) Str(s string) { w.b = appendJSONString(w.b, s) }

// StrField writes a member whose value is a string: Key, then Str.
func (w *Writer) StrField(key, v string) {
	w.Key(key)
	w.Str(v)
}

// Int writes a number.
func (w *Writer) Int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

// Null writes null.
func (w *Writer) Null() { w.b = append(w.b, "null"...) }

// List writes xs as an array, each element with one, and a nil list as null.
func List[T any](w *Writer, xs []T, one func(*Writer, *T)) {
	if xs == nil {
		w.Null()
		return
	}
	w.Open('[')
	for i := range xs {
		w.Next()
		one(w, &xs[i])
	}
	w.Close(']')
}

// Span writes a span: {"start", "end"}.
func (w *Writer) Span(s *text.Span) {
	w.Open('{')
	w.Key("start")
	w.Int(s.Start)
	w.Key("end")
	w.Int(s.End)
	w.Close('}')
}

// textAndSpan writes the "text" and "span" members that close most items.
func (w *Writer) textAndSpan(t string, s *text.Span) {
	w.StrField("text", t)
	w.Key("span")
	w.Span(s)
}

// Subject writes the inspected body, or null.
func (w *Writer) Subject(s *entity.Subject) {
	if s == nil {
		w.Null()
		return
	}
	w.Open('{')
	w.StrField("name", s.Name)
	w.StrField("service", s.Service)
	w.Key("span")
	w.Span(&s.Span)
	w.Close('}')
}

// Judgement writes a judgement, its optional members (subject, change, area_text,
// area_span) only when set, as their omitempty tags say.
func (w *Writer) Judgement(j *rating.Judgement) {
	w.Open('{')
	w.StrField("area", j.Area)
	w.StrField("grade", j.Grade.String())
	w.StrField("scale", j.Scale.String())
	w.StrField("time", j.Time.String())
	w.Key("year")
	if j.Year == nil {
		w.Null()
	} else {
		w.Int(*j.Year)
	}
	if j.Subject != "" {
		w.StrField("subject", j.Subject)
	}
	if j.Change != "" {
		w.StrField("change", string(j.Change))
	}
	w.textAndSpan(j.Text, &j.Span)
	if j.AreaText != "" {
		w.StrField("area_text", j.AreaText)
	}
	if j.AreaSpan != nil {
		w.Key("area_span")
		w.Span(j.AreaSpan)
	}
	w.Close('}')
}

// Date writes a date.
func (w *Writer) Date(d *dates.Date) {
	w.Open('{')
	w.StrField("role", d.Role.String())
	w.StrField("value", d.Value)
	w.Key("end")
	if d.End == nil {
		w.Null()
	} else {
		w.Str(*d.End)
	}
	w.StrField("precision", d.Precision.String())
	w.textAndSpan(d.Text, &d.Span)
	w.Close('}')
}

// Official writes an official with their mentions.
func (w *Writer) Official(o *entity.Official) {
	w.Open('{')
	w.StrField("name", o.Name)
	w.StrField("role", o.Role)
	w.StrField("org", o.Org)
	w.Key("mentions")
	List(w, o.Mentions, func(w *Writer, m *entity.Mention) {
		w.Open('{')
		w.textAndSpan(m.Text, &m.Span)
		w.Close('}')
	})
	w.Close('}')
}

// Quote writes a quotation.
func (w *Writer) Quote(q *quote.Quote) {
	w.Open('{')
	w.StrField("text", q.Text)
	w.StrField("speaker", q.Speaker)
	w.StrField("speaker_kind", q.SpeakerKind.String())
	w.Key("paragraphs")
	w.Int(q.Paragraphs)
	w.Key("span")
	w.Span(&q.Span)
	w.Close('}')
}

// Finding writes a finding.
func (w *Writer) Finding(f *findings.Finding) {
	w.Open('{')
	w.StrField("polarity", f.Polarity.String())
	w.StrField("theme", f.Theme)
	w.textAndSpan(f.Text, &f.Span)
	w.Close('}')
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
