package extract_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/verdictnlp/verdict/extract"
)

// TestBinary wants inputs that are not UTF-8 text refused with ErrBinary, and text
// with a few stray NULs or bad bytes read.
func TestBinary(t *testing.T) {
	le := func(s string) string { // UTF-16LE, as a Windows editor saves it
		var b []byte
		for _, u := range utf16.Encode([]rune(s)) {
			b = append(b, byte(u), byte(u>>8))
		}
		return string(b)
	}
	for name, in := range map[string]string{
		"executable": "\x7fELF\x02\x01\x01\x00" + strings.Repeat("\x00\x00\x00\x00\x3e\x00\x01\x00\x40\x10", 100),
		"random":     hostile["random"](4096),
		"UTF-16LE":   le("Ofsted rated Brackenfold Nursery good in March."),
		"NULs":       "\x00\x00\x00",
	} {
		if _, err := extract.Extract(in); !errors.Is(err, extract.ErrBinary) {
			t.Errorf("%s: error %v; want ErrBinary", name, err)
		}
	}
	for name, in := range map[string]string{
		"stray NULs":    "Ofsted\x00 rated\x00 Brackenfold Nursery \x00good.\x00",
		"Latin-1 bytes": "Caf\xe9 Nursery was rated good by Ofsted in March, inspectors said.",
		"empty":         "",
	} {
		if _, err := extract.Extract(in); err != nil {
			t.Errorf("%s: error %v; want a report", name, err)
		}
	}
}
