package extract_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
)

// validate checks v against the subset of JSON Schema that schema.json uses: type,
// enum, required, properties, additionalProperties: false, items and local $ref.
func validate(schema, root map[string]any, v any, path string) []string {
	if ref, ok := schema["$ref"].(string); ok {
		def := root
		for _, k := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			def = def[k].(map[string]any)
		}
		return validate(def, root, v, path)
	}
	var errs []string
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %v is not one of %v", path, v, enum))
	}
	if t, ok := schema["type"]; ok {
		var types []string
		switch t := t.(type) {
		case string:
			types = []string{t}
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.Contains(types, typeOf(v)) && !(typeOf(v) == "integer" && slices.Contains(types, "number")) {
			return append(errs, fmt.Sprintf("%s: %s, want %v", path, typeOf(v), types))
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := schema["properties"].(map[string]any)
		for _, r := range schema["required"].([]any) {
			if _, ok := v[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: missing %q", path, r))
			}
		}
		for k, x := range v {
			ps, ok := props[k].(map[string]any)
			if !ok {
				if schema["additionalProperties"] == false {
					errs = append(errs, fmt.Sprintf("%s: unexpected %q", path, k))
				}
				continue
			}
			errs = append(errs, validate(ps, root, x, path+"."+k)...)
		}
	case []any:
		if items, ok := schema["items"].(map[string]any); ok {
			for i, x := range v {
				errs = append(errs, validate(items, root, x, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	}
	return errs
}

func typeOf(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if v == math.Trunc(v) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

// TestSchema validates every golden file, and a report of awkward input, against the
// embedded schema.
func TestSchema(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(extract.Schema, &schema); err != nil {
		t.Fatalf("schema.json does not parse: %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(corpus.Dir(), "golden", "*.json"))
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, e := range validate(schema, schema, v, "report") {
			t.Errorf("%s: %s", filepath.Base(f), e)
		}
	}
	// The schema is not loose: a wrong value fails it.
	bad := map[string]any{"inspectorate": nil, "subject": nil, "judgements": []any{map[string]any{"time": "later"}}}
	if len(validate(schema, schema, bad, "report")) == 0 {
		t.Errorf("a report with a bad judgement validates")
	}
}
