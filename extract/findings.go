package extract

// findings finds what inspectors found, as positive or failure clauses (see Finding).
func (s *state) findings() {}
