package extract

import "fmt"

// UnmarshalText reads "positive" or "failure".
func (p *Polarity) UnmarshalText(b []byte) error {
	for _, q := range []Polarity{Failure, Positive} {
		if q.String() == string(b) {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("extract: unknown polarity %q", b)
}
