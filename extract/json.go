package extract

import (
	"slices"

	"github.com/verdictnlp/verdict/internal/jsonw"
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
	w := jsonw.New(slices.Grow(dst, jsonSize(r, len(indent))), indent)
	w.Open('{')
	for _, m := range before {
		w.Key(m.Key)
		w.Raw(m.Value)
	}
	w.Key("inspectorate")
	inspectorateJSON(w, r.Inspectorate)
	w.Key("subject")
	w.Subject(r.Subject)
	w.Key("judgements")
	jsonw.List(w, r.Judgements, (*jsonw.Writer).Judgement)
	w.Key("dates")
	jsonw.List(w, r.Dates, (*jsonw.Writer).Date)
	w.Key("officials")
	jsonw.List(w, r.Officials, (*jsonw.Writer).Official)
	w.Key("quotes")
	jsonw.List(w, r.Quotes, (*jsonw.Writer).Quote)
	w.Key("findings")
	jsonw.List(w, r.Findings, (*jsonw.Writer).Finding)
	w.Key("boilerplate")
	jsonw.List(w, r.Boilerplate, (*jsonw.Writer).Span)
	for _, m := range after {
		w.Key(m.Key)
		w.Raw(m.Value)
	}
	w.Close('}')
	return w.Bytes()
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

func inspectorateJSON(w *jsonw.Writer, m *InspectorateMention) {
	if m == nil {
		w.Null()
		return
	}
	w.Open('{')
	w.StrField("name", m.Name.String())
	w.Key("span")
	w.Span(&m.Span)
	w.Close('}')
}
