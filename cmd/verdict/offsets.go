package main

import (
	"reflect"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
	"github.com/verdictnlp/verdict/text"
)

// offsetUnits are the units -offsets takes.
var offsetUnits = map[string]page.Unit{"bytes": page.Bytes, "runes": page.Runes, "utf16": page.UTF16}

var spanType = reflect.TypeOf(text.Span{})

// convertOffsets rewrites every span of rep, a Report of txt, from bytes to unit.
func convertOffsets(rep *extract.Report, txt, unit string) error {
	u := offsetUnits[unit]
	if u == page.Bytes {
		return nil
	}
	convertSpans(reflect.ValueOf(rep).Elem(), page.NewOffsets(txt, u), map[uintptr]bool{})
	return nil
}

// convertSpans walks v, converting each settable text.Span in it once, however many
// pointers lead to it.
func convertSpans(v reflect.Value, o *page.Offsets, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() && !seen[v.Pointer()] {
			seen[v.Pointer()] = true
			convertSpans(v.Elem(), o, seen)
		}
	case reflect.Interface:
		if !v.IsNil() {
			convertSpans(v.Elem(), o, seen)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			convertSpans(v.Index(i), o, seen)
		}
	case reflect.Struct:
		if v.Type() == spanType {
			if v.CanSet() {
				v.Set(reflect.ValueOf(o.Span(v.Interface().(text.Span))))
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				convertSpans(v.Field(i), o, seen)
			}
		}
	}
}
