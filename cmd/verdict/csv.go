package main

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/text"
)

// csvColumns are the CSV output's columns, one row per judgement, date, official,
// quote and finding (RFC 4180, as encoding/csv writes it):
//
//   - source: the input's name ("-" for standard input)
//   - inspectorate, subject: the report's, repeated on every row so that rows of
//     many inputs can be filtered and pivoted alone ("" when not found)
//   - kind: judgement, date, official, quote, finding, metadata_date, or error
//   - label: a judgement's area, a date's role, an official's role, a quote's
//     speaker kind, a finding's polarity
//   - value: a judgement's grade, a date's value, an official's name, a quote's
//     speaker, an error's message
//   - detail: a judgement's time, year and subject; a date's end; an official's
//     organisation; a quote's paragraphs; where a metadata date came from
//   - start, end: the span in the unit -offsets sets (-1 when there is none)
//   - text: the text of the span
var csvColumns = []string{"source", "inspectorate", "subject", "kind", "label", "value", "detail", "start", "end", "text"}

func csvHeader() []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(csvColumns)
	w.Flush()
	return buf.Bytes()
}

// writeCSV writes one row per item of the report.
func writeCSV(in input, rep *extract.Report) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	insp, subj := "", ""
	if rep.Inspectorate != nil {
		insp = rep.Inspectorate.Name.String()
	}
	if rep.Subject != nil {
		subj = rep.Subject.Name
	}
	row := func(kind, label, value, detail string, sp text.Span, txt string) {
		w.Write([]string{in.source, insp, subj, kind, label, value, detail, strconv.Itoa(sp.Start), strconv.Itoa(sp.End), txt})
	}
	for _, j := range rep.Judgements {
		row("judgement", j.Area, j.Grade.String(), judgementDetail(j.Time.String(), j.Year, j.Subject), j.Span, j.Text)
	}
	for _, d := range rep.Dates {
		end := ""
		if d.End != nil {
			end = "to " + *d.End
		}
		row("date", d.Role.String(), d.Value, end, d.Span, d.Text)
	}
	if m := in.meta; m != nil {
		row("metadata_date", m.Role, m.Value, m.From, text.NoSpan, "")
	}
	for _, o := range rep.Officials {
		sp, txt := text.NoSpan, ""
		if len(o.Mentions) > 0 {
			sp, txt = o.Mentions[0].Span, o.Mentions[0].Text
		}
		row("official", o.Role, o.Name, o.Org, sp, txt)
	}
	for _, q := range rep.Quotes {
		row("quote", q.SpeakerKind.String(), q.Speaker, strconv.Itoa(q.Paragraphs)+" paragraphs", q.Span, q.Text)
	}
	for _, f := range rep.Findings {
		row("finding", f.Polarity.String(), "", "", f.Span, f.Text)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// judgementDetail is when a judgement holds: "current", or "previous 2019", with the
// body judged in brackets in texts about several.
func judgementDetail(time string, year *int, subject string) string {
	if year != nil {
		time += " " + strconv.Itoa(*year)
	}
	if subject != "" {
		time += " (" + subject + ")"
	}
	return time
}

func errorCSV(in input, err error) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{in.source, "", "", "error", "", err.Error(), "", "-1", "-1", ""})
	w.Flush()
	return buf.Bytes()
}
