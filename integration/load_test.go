//go:build integration

package integration

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/omrs-neo4j/omrs-neo4j/graph"
	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

func TestLoadTwiceLeavesSameGraph(t *testing.T) {
	e := newEnv(t)
	for _, name := range singleCatalogs {
		e.loadInstances(name)
	}
	first := e.fingerprint()

	for _, name := range singleCatalogs {
		stats := e.loadInstances(name)
		require.Zero(t, stats.EntitiesStored, name)
		require.Zero(t, stats.RelationshipsStored, name)
		require.Zero(t, stats.ProxiesStored, name)
		require.Empty(t, stats.Rejected, name)
	}
	e.loadTypes("OpenMetadataTypes.omarchive")

	require.Equal(t, first, e.fingerprint())
}

func TestLoadOrderDoesNotMatter(t *testing.T) {
	// SimpleGovernanceCatalog links to entities of the other catalogs. Loaded
	// first, it leaves proxies that the full entities replace later.
	e := newEnv(t)
	for _, name := range singleCatalogs {
		e.loadInstances(name)
	}
	forwards := e.fingerprint()
	forwardsID := e.store.MetadataCollectionID()

	e = newEnv(t)
	governanceFirst := e.loadInstances("SimpleGovernanceCatalog.omarchive")
	require.Positive(t, governanceFirst.ProxiesStored)
	for i := len(singleCatalogs) - 1; i >= 0; i-- {
		e.loadInstances(singleCatalogs[i])
	}
	require.Zero(t, e.count("MATCH (n:EntityProxy) WHERE n.metadataCollectionId <> $coreContentPack RETURN count(n) AS count",
		map[string]any{"coreContentPack": "09450b83-20ff-4a8b-a8fb-f9b527bbcba6"}), "every proxy of a loaded entity is upgraded")

	require.Equal(t, withoutCollection(forwards, forwardsID), withoutCollection(e.fingerprint(), e.store.MetadataCollectionID()))
}

// withoutCollection makes fingerprints of two databases comparable: it drops
// the repository node, whose id, creation time and seal key are generated,
// replaces the id where instances name it (replicatedBy), and drops the
// seals, which depend on both.
func withoutCollection(lines []string, collectionID string) []string {
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		if strings.Contains(line, `"OMRSRepository"`) {
			continue
		}
		line = sealPattern.ReplaceAllString(line, "")
		out = append(out, strings.ReplaceAll(line, collectionID, "local-metadata-collection-id"))
	}
	sort.Strings(out)
	return out
}

func TestClashingArchiveIsRejected(t *testing.T) {
	e := newEnv(t)
	e.loadInstances("SimpleAPICatalog.omarchive")
	before := e.fingerprint()

	// SimpleCatalog holds the same entities and relationships under another
	// home (its own content pack collection).
	stats := e.loadInstances("SimpleCatalog.omarchive")

	require.Len(t, stats.Rejected, 9+8)
	for _, rejection := range stats.Rejected {
		kind, ok := typesystem.KindOf(rejection)
		require.True(t, ok, rejection.Error())
		require.Contains(t, []typesystem.Kind{typesystem.KindEntityConflict, typesystem.KindRelationshipConflict}, kind, rejection.Error())
		require.Contains(t, rejection.Error(), "9e594f24-2494-4000-ac20-59f374eaa0e6", "names the stored home")
	}
	after := e.fingerprint()
	for _, line := range before {
		require.Contains(t, after, line, "stored instances are unchanged")
	}
}

func TestInterruptedLoadCompletesOnRerun(t *testing.T) {
	complete := newEnv(t)
	complete.loadInstances("EgeriaContentPack.omarchive")
	want := complete.fingerprint()

	e := openEnvWith(t, true, func(cfg *graph.Config) { cfg.BatchSize = 20 })
	e.loadTypes("OpenMetadataTypes.omarchive")
	ctx, cancel := context.WithCancel(context.Background())
	archive := readArchive(t, "EgeriaContentPack.omarchive")
	_, err := e.store.LoadInstances(ctx, archive, func(done, total int) {
		if done >= 60 {
			cancel()
		}
	})
	require.Error(t, err, "the load stops when its context is cancelled")
	require.Less(t, e.count("MATCH (n:Entity) RETURN count(n) AS count", nil), int64(170))

	stats, err := e.store.LoadInstances(context.Background(), archive, nil)
	require.NoError(t, err)
	require.Empty(t, stats.Rejected)

	require.Equal(t, len(want), len(e.fingerprint()))
	require.Equal(t, withoutCollection(want, complete.store.MetadataCollectionID()),
		withoutCollection(e.fingerprint(), e.store.MetadataCollectionID()))
}

// patchSuperType returns a patch that moves typeName under superName.
func patchSuperType(t *testing.T, e *env, typeName, superName string) *typesystem.TypeDefPatch {
	typeDef, ok := e.store.Types().TypeDefByName(typeName)
	require.True(t, ok)
	super, ok := e.store.Types().TypeDefByName(superName)
	require.True(t, ok)
	return &typesystem.TypeDefPatch{
		TypeDefGUID:     typeDef.GUID,
		TypeDefName:     typeDef.Name,
		ApplyToVersion:  typeDef.Version,
		UpdateToVersion: typeDef.Version + 1,
		NewVersionName:  "test-reparent",
		UpdatedBy:       "tester",
		UpdateTime:      typesystem.NewMillis(1767225600000),
		SuperType:       super.Link(),
	}
}

// sealPattern matches the seal property in a fingerprint line.
var sealPattern = regexp.MustCompile(`"_seal":"[0-9a-f]+",?`)

func TestReparentedTypeRelabelsInstances(t *testing.T) {
	e := newEnv(t)
	e.loadInstances("SimpleAPICatalog.omarchive")
	const api = "5d6ec7aa-9b13-4286-ad00-af82709a259b" // a DeployedAPI, below Asset
	labelled := func(label string) int64 {
		return e.count("MATCH (n:Entity {guid: $guid}) WHERE $label IN labels(n) RETURN count(n) AS count",
			map[string]any{"guid": api, "label": label})
	}
	require.Equal(t, int64(1), labelled("Asset"))

	// Move DeployedAPI directly below Referenceable: it leaves Asset.
	stats, err := e.store.LoadTypes(e.ctx, &typesystem.ArchiveTypeStore{
		TypeDefPatches: []*typesystem.TypeDefPatch{patchSuperType(t, e, "DeployedAPI", "Referenceable")},
	})
	require.NoError(t, err)
	require.Equal(t, 1, stats.RelabelledTypes)
	require.Zero(t, labelled("Asset"))
	require.Equal(t, int64(1), labelled("Referenceable"))
	require.Equal(t, int64(1), labelled("DeployedAPI"))
	require.Equal(t, int64(1), e.count("MATCH (n:Referenceable {guid: $guid}) RETURN count(n) AS count", map[string]any{"guid": api}))

	// Move it below DataSet: it gains DataSet and Asset again.
	_, err = e.store.LoadTypes(e.ctx, &typesystem.ArchiveTypeStore{
		TypeDefPatches: []*typesystem.TypeDefPatch{patchSuperType(t, e, "DeployedAPI", "DataSet")},
	})
	require.NoError(t, err)
	require.Equal(t, int64(1), e.count("MATCH (n:DataSet {guid: $guid}) RETURN count(n) AS count", map[string]any{"guid": api}))
	require.Equal(t, int64(1), labelled("Asset"))

	// A restarted server rebuilds its registry from Neo4j with the patch.
	restarted := openEnv(t, false)
	require.Equal(t, []string{"DataSet", "DataAsset", "Asset", "Referenceable", "OpenMetadataRoot"},
		restarted.store.Types().SuperTypeNames("DeployedAPI"))
}

func TestMetadataCollectionIDSurvivesRestart(t *testing.T) {
	e := newEnv(t)
	first := e.post("/metadata-collection-id", map[string]any{"class": "GetRequest"})
	require.Equal(t, "MetadataCollectionIdResponse", first["class"])
	require.NotEmpty(t, first["metadataCollectionId"])

	restarted := openEnv(t, false)
	second := restarted.post("/metadata-collection-id", nil)

	require.Equal(t, first["metadataCollectionId"], second["metadataCollectionId"])
	require.Equal(t, e.store.MetadataCollectionID(), restarted.store.MetadataCollectionID())
}
