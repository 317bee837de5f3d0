package typesystem

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadArchiveContents(t *testing.T) {
	types, err := ReadArchiveFile(archivePath(t, "OpenMetadataTypes.omarchive"))
	require.NoError(t, err)
	require.Equal(t, "bce3b0a0-662a-4f87-b8dc-844078a11a6e", types.Properties.ArchiveGUID)
	require.Equal(t, ArchiveContentPack, types.Properties.ArchiveType)
	require.Equal(t, "6.1-SNAPSHOT", types.Properties.ArchiveVersion)
	require.Len(t, types.TypeStore.AttributeTypeDefs, 50)
	require.Len(t, types.TypeStore.NewTypeDefs, 620)
	require.Len(t, types.TypeStore.TypeDefPatches, 32)
	require.Nil(t, types.InstanceStore)

	catalog, err := ReadArchiveFile(archivePath(t, "SimpleCatalog.omarchive"))
	require.NoError(t, err)
	require.Nil(t, catalog.TypeStore)
	require.Len(t, catalog.InstanceStore.Entities, 28)
	require.Len(t, catalog.InstanceStore.Relationships, 34)
	require.Equal(t, []string{"bce3b0a0-662a-4f87-b8dc-844078a11a6e"}, catalog.Properties.DependsOnArchives)
	require.Equal(t, Millis(1632046251579), *catalog.Properties.CreationDate)

	rel := catalog.InstanceStore.Relationships[0]
	require.NotNil(t, rel.EntityOneProxy)
	require.NotNil(t, rel.EntityTwoProxy)
	require.NotEmpty(t, rel.EntityOneProxy.GUID)

	backup, err := ReadArchiveFile(archivePath(t, "SimpleAPICatalog.omarchive"))
	require.NoError(t, err)
	require.Equal(t, ArchiveRepositoryBackup, backup.Properties.ArchiveType)
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
	return path
}

func TestReadArchiveErrors(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{"bad entity status", `{"class":"OpenMetadataArchive","archiveInstanceStore":{"entities":[{"guid":"e-0"},{"guid":"e-1","status":"SLEEPING"}]}}`,
			[]string{"broken.omarchive: ", "archiveInstanceStore.entities[1] (guid e-1)", "SLEEPING", "status"}},
		{"bad typedef class", `{"archiveTypeStore":{"newTypeDefs":[{"class":"TableDef","guid":"t-1","name":"Table"}]}}`,
			[]string{"archiveTypeStore.newTypeDefs[0] (guid t-1, name Table)", "TableDef"}},
		{"bad patch", `{"archiveTypeStore":{"typeDefPatches":[{"typeDefName":"Asset","updateTime":"later"}]}}`,
			[]string{"archiveTypeStore.typeDefPatches[0] (typeDefName Asset)", "later"}},
		{"bad relationship proxy", `{"archiveInstanceStore":{"relationships":[{"guid":"r-1","entityOneProxy":{"class":"EntityProxy","status":"NAPPING"}}]}}`,
			[]string{"archiveInstanceStore.relationships[0] (guid r-1)", "entityOneProxy.status", "NAPPING"}},
		{"bad classification extension", `{"archiveInstanceStore":{"classifications":[{"entityToClassify":{"guid":"e-4"},"classification":{"classificationOrigin":"INHERITED"}}]}}`,
			[]string{"archiveInstanceStore.classifications[0] (entity guid e-4)", "INHERITED"}},
		{"null element", `{"archiveTypeStore":{"attributeTypeDefs":[null]}}`,
			[]string{"archiveTypeStore.attributeTypeDefs[0]: element is null"}},
		{"syntax error", "{\"archiveProperties\":\n  {\"archiveGUID\": \"x\",,}}",
			[]string{"invalid JSON at line 2, column"}},
		{"not an archive", `{"hello":"world"}`,
			[]string{"not an open metadata archive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadArchiveFile(writeTemp(t, "broken.omarchive", tt.content))

			require.Error(t, err)
			for _, want := range tt.want {
				require.Contains(t, err.Error(), want)
			}
			require.True(t, strings.HasPrefix(err.Error(), "broken.omarchive: "))
		})
	}
}

func TestReadArchiveMissingFile(t *testing.T) {
	_, err := ReadArchiveFile(filepath.Join(t.TempDir(), "absent.omarchive"))
	require.ErrorIs(t, err, os.ErrNotExist)
}
