package cypher

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestExplainKeepsQueryVerbatim(t *testing.T) {
	query := "MATCH (n:`Asset`) WHERE n.name = $name RETURN n // note"

	explained := Explain(query)

	require.Equal(t, "EXPLAIN "+query, explained)
	require.Equal(t, len(ExplainPrefix)+len(query), len(explained))
}
