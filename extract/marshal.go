package extract

// MarshalIndent returns the indented JSON form of r that the verdict command prints for
// one input: two-space indents, no HTML escaping, a final newline. It is encoding/json's
// form, byte for byte, written directly (see AppendJSON).
func MarshalIndent(r *Report) ([]byte, error) {
	return append(AppendJSON(nil, r, "  ", nil, nil), '\n'), nil
}
