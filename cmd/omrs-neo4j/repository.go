package main

import (
	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/handlers"
)

// repository adapts *graph.Store to handlers.Repository, whose Types method
// returns the read-only interface the REST layer consumes.
type repository struct{ *graph.Store }

func (r repository) Types() handlers.TypeRegistry { return r.Store.Types() }

var _ handlers.Repository = repository{}

func newRepository(store *graph.Store) handlers.Repository { return repository{store} }
