helm install cwaf-pg oci://registry-1.docker.io/bitnamicharts/postgresql \
  --set auth.postgresPassword=cwafpg \
  --set auth.username=cwafpg \
  --set auth.password=cwafpg \
  --set auth.database=cwaf


helm install wp oci://registry-1.docker.io/bitnamicharts/wordpress \
  --set ingress.enabled=true \
  --set ingress.hostname=wp.10.100.102.84.nip.io \
  --set service.type=ClusterIP \
  --set smtpHost=smtp.postmarkapp.com,smtpPort=465 \
  --set smtpUser=e3b9d0f4-61a2-4c7e-9f85-0a4d2b6c18e7 \
  --set smtpPassword=e3b9d0f4-61a2-4c7e-9f85-0a4d2b6c18e7 \
  --set smtpProtocol=ssl
