package extract

import (
	"bytes"
	"encoding/json"
)

// MarshalIndent returns the indented JSON form of r that the verdict command prints for
// one input: two-space indents, no HTML escaping, a final newline.
func MarshalIndent(r *Report) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
