package graph

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/omrs-neo4j/omrs-neo4j/cypher"
)

// sealOf returns the HMAC-SHA256, in hex, of every property in props except
// the seal itself. The properties are hashed as JSON with sorted keys, which
// gives the same text for the values written and for the values the driver
// reads back (int64, float64, string, bool and lists of them).
func (s *Store) sealOf(props map[string]any) (string, error) {
	unsealed := make(map[string]any, len(props))
	for key, value := range props {
		if key != cypher.PropSeal {
			unsealed[key] = value
		}
	}
	text, err := json.Marshal(unsealed)
	if err != nil {
		return "", fmt.Errorf("seal properties: %w", err)
	}
	mac := hmac.New(sha256.New, s.sealKey)
	mac.Write(text)
	return hex.EncodeToString(mac.Sum(nil)), nil
}

// seal adds the seal to props.
func (s *Store) seal(props map[string]any) error {
	value, err := s.sealOf(props)
	if err != nil {
		return err
	}
	props[cypher.PropSeal] = value
	return nil
}

// sealIntact reports whether props still match their seal.
func (s *Store) sealIntact(props map[string]any) bool {
	stored, ok := props[cypher.PropSeal].(string)
	if !ok {
		return false
	}
	expected, err := s.sealOf(props)
	return err == nil && hmac.Equal([]byte(stored), []byte(expected))
}

// sealEntityRows seals the props of UpsertEntities rows and of their
// classification nodes.
func (s *Store) sealEntityRows(rows []map[string]any) error {
	for _, row := range rows {
		if err := s.seal(row["props"].(map[string]any)); err != nil {
			return err
		}
		for _, classification := range row["classifications"].([]map[string]any) {
			if err := s.seal(classification["props"].(map[string]any)); err != nil {
				return err
			}
		}
	}
	return nil
}
