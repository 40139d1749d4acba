package jsonw

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestStrAsEncodingJSON wants every ASCII byte, invalid UTF-8, the line and paragraph
// separators and the HTML characters escaped as encoding/json escapes them with HTML
// escaping off.
func TestStrAsEncodingJSON(t *testing.T) {
	var all []byte
	for c := 0; c < 0x80; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{"", string(all), "\xff\xfe ok \xe2\x80", "a\u2028b\u2029c", "<a href=\"x\">&amp;</a>", "caf\u00e9 \U0001F600", "\\\"\n"} {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
		w := New(nil, "")
		w.Str(s)
		if got := w.Bytes(); !bytes.Equal(got, want) {
			t.Errorf("Str(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestEmptyAndNested wants empty objects and arrays compact and nested ones indented.
func TestEmptyAndNested(t *testing.T) {
	w := New(nil, "  ")
	w.Open('{')
	w.Key("a")
	w.Open('[')
	w.Close(']')
	w.Key("b")
	List(w, []int{1, 2}, func(w *Writer, n *int) { w.Int(*n) })
	w.Key("c")
	List[int](w, nil, nil)
	w.Close('}')
	want := "{\n  \"a\": [],\n  \"b\": [\n    1,\n    2\n  ],\n  \"c\": null\n}"
	if got := string(w.Bytes()); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
