#!yaml|gpg
healthchecks:
    email:
        host:
            server: smtp.gmail.com
            port: 587
            user: |
                -----BEGIN PGP MESSAGE-----

                hQEMA7ArHXoBMYR3AQE1vvf0mJMY55ZOMjlC0v3jXXjTpJFxHYQJmjimXQWBY9IJ
                yc/TS2ZuP/hUYqJh5eIKbN61LihN2QSmf+rI9wAyiEtKr0CXr9DzQCQKI/Ao0aln
                COTTfIffEYp0rcLz5viI1omrlqB+0TJn7Rhmu+6D28pz5UGtsVB2gbe8JZW0TBxD
                M4t5ur3jq3BDruARpdKJ+f86BD8bS8YQWvTKlw+sXT7/XBpD2AtEozmdzwZGhpy8
                V1CB9QD9lQQ0uP8uiLt1fPrNvNeAPEO5Olp+5FQ3rE6cxkQt4Q40Y0bUAk866Ay0
                qj7MnV3AMuqZYpStJv+gSLFS5xh6PcUb2zNtLosXUmJF6fPoqXGZ6/F6xxifx8L6
                Oa2s3GSMtwc5xl1v/CI1jehVuU5fcuIqShqBvc02L1EKMh1W66u33+an41FAPNHO
                MKalKn/lyGuX340ZaozK
                =bI22
                -----END PGP MESSAGE-----
            password: |
                -----BEGIN PGP MESSAGE-----

                hQEMA7ArHXoBMYR3AQnDybOgNMRu75vzaH9q+sECxoeStplc8u8wMQIuPFPoP0ot
                gYL39KjqYw+2Yhokp4ydeGnjQOqy2WJRU6tpxnTpwV439yoIN7+a806ye/vKzQPh
                /Bqw68mwrcBs6g3PaTHxFWVITcDDXHxYM6xhPTM9KRWJV9WTATUMniv4DYQ/+hVO
                95JNG7TCv0zhutx9Cu7kdeE9vvVJzXJW3sNOe3n+z55vmyn+SyCeHi32yewWzGpo
                tVQnNt78mzD0AMxauNeH0PdiM0Yhu0qMdfvIxvj4wkEdIchhVfJ1eDoAxiKOwAbP
                kdyWJN/JgpqFsn55EvYdSXogfDi49bXEFQEJjsAhi8hqaZTq5txk3kAiGCE+ZrlW
                pBAEHqtMY8M6DJ6Bfrjzz9l1jJAjd1wC1M96+iWGzWwgIBAoLttHIHE1EyjBsqnm
                AMHN0IAZJBohiK8U
                =rMKy
                -----END PGP MESSAGE-----
    secret:
        key: |
            -----BEGIN PGP MESSAGE-----

            hQEMA7ArHXoBMYR3AQ2VTLtShGmUtOoj/K9XL8A6V/gFMlotuhhoIFhsKlD+x7RZ
            uBuV9hlQSNg3q182upiQnD4LX2ecuMxyulQVMiOucaQ6AkF4LeE9jvkIWR/Lgwx6
            JslXoEZ7RH1JWcUbhbSRvnPCl4r3c8VJeTRl7UYmbWTTQudPiZtZpn5oFESQS5d3
            LvDUSpJn+TsqD30eA8xah+Q2WQf6RXftqW2h9/1/tISVEXSdxtPIdfK37ClqZ9YH
            /iHoj+ipcDNQynv2QlBcZDiESGClEPb20ESb9gjtna1d6/+2Z/EdkySv37zwBvKm
            hdjy/E0JnE7fXRFtFYscOe7DQNvNrm/ibOAl9EDjpkV+l2s8+1u4E7guEHlw5/VH
            Wr/GyFT/rVyZOtX9fXeYE5O5cqHrP+8DVyExdSQ8QYkXjWxkKNgtNjTJ4W9+C8DB
            tZkf1x5mSzX32yfj/YZj5PjZdoYQ
            =pHe0
            -----END PGP MESSAGE-----
    fqdn: healthchecks.int.mxard.cloud
