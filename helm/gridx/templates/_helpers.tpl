{{- define "gridx.name" -}}{{ .Chart.Name }}{{- end -}}
{{- define "gridx.fullname" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "gridx.labels" -}}
app.kubernetes.io/name: {{ include "gridx.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}
{{- define "gridx.selector" -}}
app.kubernetes.io/name: {{ include "gridx.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
