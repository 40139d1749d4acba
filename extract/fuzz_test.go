package extract_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
)

// FuzzExtract checks, for any input, that Extract does not panic, that every span lies
// in the input and slices it to its text, that lists are in order, and that a second
// run gives the same output. The corpus seeds it.
func FuzzExtract(f *testing.F) {
	cases, err := corpus.LoadAll()
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		f.Add(c.Text)
	}
	for _, h := range hostileSeeds {
		f.Add(h)
	}
	ex, _ := extract.New()
	f.Fuzz(func(t *testing.T, in string) {
		rep, err := ex.Extract(in)
		if errors.Is(err, extract.ErrBinary) {
			return // not text: refused, which TestBinary checks
		}
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkReport(t, in, rep)
		again, _ := ex.Extract(in)
		a, _ := extract.MarshalIndent(rep)
		b, _ := extract.MarshalIndent(again)
		if !bytes.Equal(a, b) {
			t.Errorf("two runs differ")
		}
	})
}

// hostileSeeds are small inputs of the shapes that break text tools.
var hostileSeeds = []string{
	"", "\x00", "\xff\xfe\xfd", "\u201c", "\u201c\u201c\u201c\u201c", "'''''", "\"\n\"\n\"",
	"((((((((((", "))))", "\f\f\f", "\r\r\r\n", "&#;&#x;&amp", "&#99999999999;", "\u00ad\u200b\ufeff",
	"Cllr", "Cllr .", "said: \u201c", "\u2018require improvement\u2019 in 2019 from", "rated good from",
	"Page 1 of 2\fPage 2 of 2\f", "\u2022 poor for", "The report read: \u201c\n\n\u201c\n\n\u201c",
	strings.Repeat("a-\n", 50), strings.Repeat("He said. ", 30),
}

// notText are the hostile shapes that are not text at all: Extract may refuse them with
// ErrBinary.
var notText = map[string]bool{"random": true, "invalid": true}

// TestHostileInputs runs the hostile shapes at a size where a quadratic step would
// show as a timeout, and checks that every span stays exact.
func TestHostileInputs(t *testing.T) {
	ex, _ := extract.New()
	for name, build := range hostile {
		if build == nil {
			continue
		}
		in := build(200 << 10)
		rep, err := ex.Extract(in)
		if notText[name] && errors.Is(err, extract.ErrBinary) {
			continue // refused as binary, as it should be
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkReport(t, in, rep)
	}
}
