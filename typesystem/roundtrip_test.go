package typesystem

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// Egeria omits and adds nothing in these archives that the beans would not
// reproduce, so the round trip has no exceptions: every member written by
// Egeria comes back with the same name and the same value.

func TestArchiveRoundTripWholeFile(t *testing.T) {
	for _, name := range archiveNames(t) {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(archivePath(t, name))
			require.NoError(t, err)

			archive, err := ReadArchive(bytesReader(data))
			require.NoError(t, err)
			encoded, err := json.Marshal(archive)
			require.NoError(t, err)

			requireSameJSON(t, data, encoded)
		})
	}
}

// elementsOf returns the raw JSON elements of one list of an archive.
func elementsOf(t *testing.T, data []byte, store, list string) []json.RawMessage {
	t.Helper()
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &doc))
	storeRaw, ok := doc[store]
	if !ok {
		return nil
	}
	var lists map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(storeRaw, &lists))
	raw, ok := lists[list]
	if !ok {
		return nil
	}
	var elements []json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &elements))
	return elements
}

func roundTripElements[T any](t *testing.T, elements []json.RawMessage) int {
	t.Helper()
	for i, element := range elements {
		value := new(T)
		require.NoError(t, json.Unmarshal(element, value), "decode element %d", i)
		encoded, err := json.Marshal(value)
		require.NoError(t, err, "encode element %d", i)
		requireSameJSON(t, element, encoded)
	}
	return len(elements)
}

func TestArchiveRoundTripPerElement(t *testing.T) {
	for _, name := range archiveNames(t) {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(archivePath(t, name))
			require.NoError(t, err)

			count := roundTripElements[AttributeTypeDef](t, elementsOf(t, data, "archiveTypeStore", "attributeTypeDefs"))
			count += roundTripElements[TypeDef](t, elementsOf(t, data, "archiveTypeStore", "newTypeDefs"))
			count += roundTripElements[TypeDefPatch](t, elementsOf(t, data, "archiveTypeStore", "typeDefPatches"))
			entities := elementsOf(t, data, "archiveInstanceStore", "entities")
			count += roundTripElements[EntityDetail](t, entities)
			count += roundTripElements[Relationship](t, elementsOf(t, data, "archiveInstanceStore", "relationships"))
			count += roundTripElements[ClassificationEntityExtension](t, elementsOf(t, data, "archiveInstanceStore", "classifications"))
			count += roundTripElements[Classification](t, classificationsOf(t, entities))
			require.Positive(t, count, "archive %s has no elements", name)
		})
	}
}

// classificationsOf returns the raw classifications inside entities.
func classificationsOf(t *testing.T, entities []json.RawMessage) []json.RawMessage {
	t.Helper()
	var out []json.RawMessage
	for _, entity := range entities {
		var e struct {
			Classifications []json.RawMessage `json:"classifications"`
		}
		require.NoError(t, json.Unmarshal(entity, &e))
		out = append(out, e.Classifications...)
	}
	return out
}

func TestReadArchiveSpeed(t *testing.T) {
	path := archivePath(t, "EgeriaContentPack.omarchive")
	start := time.Now()
	archive, err := ReadArchiveFile(path)
	elapsed := time.Since(start)

	require.NoError(t, err)
	require.Len(t, archive.InstanceStore.Entities, 170)
	require.Len(t, archive.InstanceStore.Relationships, 305)
	if !raceEnabled {
		require.Less(t, elapsed, time.Second, "decoding the 3 MB content pack took %v", elapsed)
	}
	t.Logf("decoded EgeriaContentPack in %v", elapsed)
}

func TestJSONDifferenceFindsChanges(t *testing.T) {
	base := []byte(`{"class":"EntityDetail","version":1,"list":[1,2],"nested":{"n":12}}`)
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"missing member", `{"version":1,"list":[1,2],"nested":{"n":12}}`, "$.class: missing member"},
		{"extra member", `{"class":"EntityDetail","version":1,"list":[1,2],"nested":{"n":12},"x":true}`, "$.x: unexpected member"},
		{"integer became float", `{"class":"EntityDetail","version":1,"list":[1,2],"nested":{"n":12.0}}`, "$.nested.n"},
		{"array length", `{"class":"EntityDetail","version":1,"list":[1],"nested":{"n":12}}`, "$.list"},
		{"changed value", `{"class":"EntityProxy","version":1,"list":[1,2],"nested":{"n":12}}`, "$.class"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := jsonDifference("$", genericJSON(t, base), genericJSON(t, []byte(tt.got)))
			require.Contains(t, d, tt.want)
		})
	}
	require.Empty(t, jsonDifference("$", genericJSON(t, base), genericJSON(t, []byte(`{"nested":{"n":12},"list":[1,2],"version":1,"class":"EntityDetail"}`))))
}
