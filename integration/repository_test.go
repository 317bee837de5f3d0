//go:build integration

package integration

import (
	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/handlers"
)

// repository adapts *graph.Store to handlers.Repository, as the binary does.
type repository struct{ *graph.Store }

func (r repository) Types() handlers.TypeRegistry { return r.Store.Types() }

func newRepository(store *graph.Store) handlers.Repository { return repository{store} }
