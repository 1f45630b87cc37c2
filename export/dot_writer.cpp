// placeholder: implemented by the exporter work
