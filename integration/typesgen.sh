#!/usr/bin/env bash
# Writes Egeria's OpenMetadataTypes.omarchive to the given file with the typesgen tool.
# usage: integration/typesgen.sh OUTPUT_FILE      (build the tool first: make typesgen)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool=$root/integration/typesgen/target

if (($# != 1)); then
	echo "usage: integration/typesgen.sh OUTPUT_FILE" >&2
	exit 2
fi
if [[ ! -f $tool/omrs-neo4j-typesgen.jar || ! -d $tool/lib ]]; then
	echo "typesgen: tool not built under $tool; run: make typesgen" >&2
	exit 1
fi
java=java
[[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java

if ! "$java" -cp "$tool/omrs-neo4j-typesgen.jar:$tool/lib/*" org.omrsneo4j.typesgen.TypesArchiveGenerator "$1"; then
	cat >&2 <<MSG
typesgen: could not generate $1.
  Use the OpenMetadataTypes.omarchive of an Egeria distribution instead: set
  OMRS_TYPES_ARCHIVE=/path/to/OpenMetadataTypes.omarchive, or copy the file to $1.
MSG
	exit 1
fi
