package main

import (
	"bytes"
	"encoding/json"

	"github.com/verdictnlp/verdict/extract"
)

// format turns one input's record into output bytes: its Report, or the error it
// gave. header is written once before all inputs.
type format struct {
	header   []byte
	write    func(in input, rep *extract.Report) ([]byte, error)
	writeErr func(in input, err error) []byte
}

var formats = map[string]format{
	"json":  {write: writeJSON, writeErr: errorJSON("  ")},
	"jsonl": {write: writeJSONL, writeErr: errorJSON("")},
	"csv":   {header: csvHeader(), write: writeCSV, writeErr: errorCSV},
	"text":  {write: writeText, writeErr: errorText},
}

// record is a Report with what the output adds to it: the source (in jsonl), and,
// when there are any, the charset the input was converted from, the unit of its
// offsets, the page's metadata publication date, and the text its spans index.
type record struct {
	Source       string    `json:"source,omitempty"`
	Charset      string    `json:"charset,omitempty"`
	Offsets      string    `json:"offsets,omitempty"`
	MetadataDate *metaDate `json:"metadata_date,omitempty"`
	*extract.Report
	Text string `json:"text,omitempty"`
}

func newRecord(in input, rep *extract.Report, withSource bool) record {
	r := record{Charset: in.charset, MetadataDate: in.meta, Report: rep, Text: in.text}
	if withSource {
		r.Source = in.source
	}
	if in.offsets != "bytes" {
		r.Offsets = in.offsets
	}
	return r
}

// plain reports whether the record adds nothing to the Report.
func (r record) plain() bool {
	return r.Source == "" && r.Charset == "" && r.Offsets == "" && r.MetadataDate == nil && r.Text == ""
}

func encode(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// writeJSON writes the Report indented, exactly as the library marshals it when the
// record adds nothing, so that a text file's output is extract.MarshalIndent's.
func writeJSON(in input, rep *extract.Report) ([]byte, error) {
	r := newRecord(in, rep, false)
	if r.plain() {
		return extract.MarshalIndent(rep)
	}
	return encodeRecord(r, "  ")
}

func writeJSONL(in input, rep *extract.Report) ([]byte, error) {
	return encodeRecord(newRecord(in, rep, true), "")
}

// encodeRecord writes r as encode does, the Report's members by extract's direct
// encoder (a few times faster than encoding/json, measured by extract's BenchmarkJSON)
// and the record's own around them.
func encodeRecord(r record, indent string) ([]byte, error) {
	var before, after []extract.JSONMember
	add := func(to *[]extract.JSONMember, key string, v any) error {
		b, err := encodeMember(v, indent)
		*to = append(*to, extract.JSONMember{Key: key, Value: b})
		return err
	}
	var err error
	for _, m := range []struct {
		key  string
		v    any
		omit bool
	}{
		{"source", r.Source, r.Source == ""},
		{"charset", r.Charset, r.Charset == ""},
		{"offsets", r.Offsets, r.Offsets == ""},
		{"metadata_date", r.MetadataDate, r.MetadataDate == nil},
	} {
		if !m.omit && err == nil {
			err = add(&before, m.key, m.v)
		}
	}
	if r.Text != "" && err == nil {
		err = add(&after, "text", r.Text)
	}
	if err != nil {
		return nil, err
	}
	return append(extract.AppendJSON(nil, r.Report, indent, before, after), '\n'), nil
}

// encodeMember writes v as a member of a record's object: indented for its level.
func encodeMember(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, indent)
	err := enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

// errorRecord is the record of an input that failed.
type errorRecord struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func errorJSON(indent string) func(in input, err error) []byte {
	return func(in input, err error) []byte {
		b, _ := encode(errorRecord{Source: in.source, Error: err.Error()}, indent)
		return b
	}
}
