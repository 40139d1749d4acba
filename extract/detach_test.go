package extract

import (
	"context"
	"reflect"
	"testing"
	"unsafe"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

// TestReportHoldsNoDocument wants no string of a Report to be cut from the Document's
// own buffers, its analysis text and that text's lower-case copy: a caller who keeps
// the Report would keep them alive (on 40 MB of input, 74 MB). A string cut from the
// input is fine; the caller holds the input.
func TestReportHoldsNoDocument(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, c := range cases {
		doc := text.Parse(c.Text)
		rep, err := e.fromDocument(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		var bufs []string
		for _, b := range []string{doc.Text(), doc.Lower()} {
			if !overlaps(b, c.Text) {
				bufs = append(bufs, b)
			}
		}
		eachString(reflect.ValueOf(rep), "Report", func(path, s string) {
			checked++
			for _, b := range bufs {
				if overlaps(s, b) {
					t.Errorf("%s: %s %q is cut from the Document's own text", c.Name, path, s)
				}
			}
		})
	}
	if checked == 0 {
		t.Fatal("no string was checked")
	}
}

// overlaps reports whether the bytes of a and b share memory.
func overlaps(a, b string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	pa, pb := uintptr(unsafe.Pointer(unsafe.StringData(a))), uintptr(unsafe.Pointer(unsafe.StringData(b)))
	return pa < pb+uintptr(len(b)) && pb < pa+uintptr(len(a))
}

// eachString calls f with every non-empty string reachable from v, and its path.
func eachString(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), path, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			eachString(v.Field(i), path+"."+v.Type().Field(i).Name, f)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachString(v.Index(i), path+"[]", f)
		}
	case reflect.String:
		if v.Len() > 0 {
			f(path, v.String())
		}
	}
}
