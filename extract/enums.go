package extract

import "fmt"

// UnmarshalText reads a role's name.
func (r *DateRole) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if n == string(b) {
			*r = DateRole(i)
			return nil
		}
	}
	return fmt.Errorf("extract: unknown date role %q", b)
}

// UnmarshalText reads "day", "month" or "year".
func (p *Precision) UnmarshalText(b []byte) error {
	for _, q := range []Precision{Day, Month, Year} {
		if q.String() == string(b) {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("extract: unknown precision %q", b)
}

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
