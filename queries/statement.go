package queries

// Statement is a compiled Cypher statement and its parameters.
type Statement struct {
	Text   string
	Params map[string]any
}
