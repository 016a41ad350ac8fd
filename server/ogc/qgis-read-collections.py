"""QGIS (headless, its own OAPIF provider — the "WFS / OGC API – Features" connection of the
desktop app) opens every collection of an EZ-GIS /ogc endpoint and counts its features.
Usage: python3 qgis-read-collections.py <ogc-url> [collection[:filter] ...]
Prints one JSON line per collection: {"id", "valid", "count", "crs", "fields"}."""
import json
import os
import sys

from qgis.core import QgsApplication, QgsVectorLayer

app = QgsApplication([], False)
app.initQgis()
url = sys.argv[1]
for spec in sys.argv[2:]:
    collection, _, subset = spec.partition(':')
    layer = QgsVectorLayer(f"url='{url}' typename='{collection}' restrictToRequestBBOX='0'", collection, 'OAPIF')
    answer = {'id': collection, 'valid': layer.isValid()}
    if layer.isValid():
        if subset:
            answer['subsetAccepted'] = layer.setSubsetString(subset)
        answer['count'] = sum(1 for _ in layer.getFeatures())
        answer['crs'] = layer.crs().authid()
        answer['fields'] = [field.name() for field in layer.fields()]
    print(json.dumps(answer), flush=True)
# QGIS 3.22 can crash while tearing its providers down (exitQgis); the answers are out, so leave now.
os._exit(0)
