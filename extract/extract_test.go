package extract_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/extract"
)

func TestSizeLimit(t *testing.T) {
	ex, err := extract.New(extract.WithMaxInputSize(10))
	if err != nil {
		t.Fatal(err)
	}
	_, err = ex.Extract(strings.Repeat("x", 11))
	var se *extract.SizeError
	if !errors.As(err, &se) || !errors.Is(err, extract.ErrTooLarge) || se.Size != 11 || se.Limit != 10 {
		t.Errorf("Extract(11 bytes) with limit 10 = %v; want a *SizeError{11, 10} wrapping ErrTooLarge", err)
	}
	if _, err := ex.Extract(strings.Repeat("x", 10)); err != nil {
		t.Errorf("Extract(10 bytes) with limit 10 = %v; want no error", err)
	}
}

func TestInvalidOptions(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  extract.Option
	}{
		{"zero size", extract.WithMaxInputSize(0)},
		{"negative size", extract.WithMaxInputSize(-1)},
		{"size past the largest", extract.WithMaxInputSize(extract.LargestInputSize + 1)},
		{"no parts", extract.WithParts(0)},
		{"unknown part", extract.WithParts(1 << 7)},
	} {
		if _, err := extract.New(tc.opt); err == nil {
			t.Errorf("New(%s) = nil error; want one", tc.name)
		}
	}
	if _, err := extract.New(extract.WithMaxInputSize(extract.LargestInputSize)); err != nil {
		t.Errorf("New(WithMaxInputSize(LargestInputSize)) = %v; want no error", err)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ex, _ := extract.New()
	if _, err := ex.ExtractContext(ctx, "Ofsted rated the council inadequate."); !errors.Is(err, context.Canceled) {
		t.Errorf("ExtractContext(cancelled) = %v; want context.Canceled", err)
	}
}

// TestAwkwardInput runs inputs that must not panic and must keep every span exact.
func TestAwkwardInput(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"NUL bytes", "Ofsted\x00 rated\x00 it \x00good.\x00"},
		{"invalid UTF-8", "Cllr \xff\xfe Ash said: \"We \xc3 accept this.\"\n\xe2\x80"},
		{"only newlines", strings.Repeat("\n", 1000)},
		{"CRLF", "Headline\r\n\r\nOfsted rated it \u201cgood\u201d.\r\n"},
		{"entities", "Tameside&#8217;s &amp; &quot;inadequate&quot; &nbsp;&bogus; &#xZZ; &#0; &#99999999;"},
		{"unclosed quote", "He said: \u201cThis never closes and runs to the end of the text"},
		{"form feeds", "Page 1 of 2\fHeader\n\nBody text here.\f2\n"},
		{"lone surrogate entity", "x &#55296; y"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := extract.Extract(tc.in)
			if err != nil {
				t.Fatalf("Extract(%q) = %v", tc.in, err)
			}
			checkReport(t, tc.in, rep)
			if rep.Judgements == nil || rep.Dates == nil || rep.Officials == nil || rep.Quotes == nil || rep.Findings == nil || rep.Boilerplate == nil {
				t.Errorf("a list is nil; lists must marshal as []")
			}
		})
	}
}

// countdown is a context that is done after its Err has been asked n times: a way to
// cancel in the middle of a call without timing.
type countdown struct {
	context.Context
	n int
}

func (c *countdown) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

func (c *countdown) Done() <-chan struct{} { return nil }

// TestCancelledMidway checks that a call on a long input looks at its context while it
// works, not only at the start: cancelled after a few looks, it returns the error.
func TestCancelledMidway(t *testing.T) {
	in := strings.Repeat("Ofsted rated the council inadequate.\n\n", 50000)
	ex, _ := extract.New()
	ctx := &countdown{Context: context.Background(), n: 3}
	if _, err := ex.ExtractContext(ctx, in); !errors.Is(err, context.Canceled) {
		t.Errorf("ExtractContext cancelled midway = %v; want context.Canceled", err)
	}
	if ctx.n > 0 {
		t.Errorf("the context was asked %d times fewer than it allowed", ctx.n)
	}
}
