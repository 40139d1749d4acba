package extract

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of a Report's JSON form, embedded so that
// services can serve it and clients validate against it.
//
//go:embed schema.json
var Schema []byte
