{
    "cpu": "512",
    "memory": "1024",
    "containerDefinitions": [
        {
            "name": "nginx",
            "image": "{{ must_env `AWS_ACCOUNT_ID` }}.dkr.ecr.{{ must_env `AWS_REGION` }}.amazonaws.com/tls-sidecar:latest",
            "memory": "256",
            "cpu": "256",
            "essential": true,
            "portMappings": [
                {
                "containerPort": "443",
                "protocol": "tcp"
                }
            ],
            "environment": [
                {
                  "name": "BACKEND_NAME",
                  "value": "devopskats"
                },
                {
                  "name": "BACKEND_PORT",
                  "value": "5000"
                }
            ]
            "links": [
                "devopskats"
            ]
        },
        {
            "cpu": 512,
            "essential": true,
            "image": "{{ must_env `AWS_ACCOUNT_ID` }}.dkr.ecr.{{ must_env `AWS_REGION` }}.amazonaws.com/{{ must_env `AWS_ECR_REPOSITORY` }}:{{ must_env `AWS_ECR_DOCKER_IMAGE_TAG` }}",
            "name": "devopskats",
            "portMappings": [
                {
                    "containerPort": 5000,
                    "protocol": "tcp"
                }
            ],
            "environment": [
                {
                  "name": "ASPNETCORE_ENVIRONMENT",
                  "value": "AwsEcs"
                },
                {
                    "name": "CLUSTER_NAME",
                    "value": "{{ must_env `BRANCH_NAME` }}"
                },
                {
                    "name": "SYSTEMS_MANAGER_RELOAD",
                    "value": if std.extVar('branch_name') == "master" then "360" else "60"
                }
            ],
            "secrets": [
                {
                "name": "SMTP_PASSWORD",
                "valueFrom": "arn:aws:ssm:{{ must_env `AWS_REGION` }}:816939196156:parameter/devopskats-{{ must_env `BRANCH_NAME` }}/smtp/password"
                },
                {
                "name": "SMTP_PORT",
                "valueFrom": "arn:aws:ssm:{{ must_env `AWS_REGION` }}:816939196156:parameter/devopskats-{{ must_env `BRANCH_NAME` }}/smtp/port"
                },
                {
                "name": "SMTP_SERVER",
                "valueFrom": "arn:aws:ssm:{{ must_env `AWS_REGION` }}:816939196156:parameter/devopskats-{{ must_env `BRANCH_NAME` }}/smtp/server"
                },
                {
                "name": "SMTP_USERNAME",
                "valueFrom": "arn:aws:ssm:{{ must_env `AWS_REGION` }}:816939196156:parameter/devopskats-{{ must_env `BRANCH_NAME` }}/smtp/username"
                }
            ]
        }
    ],
    "family": "{{ must_env `ECS_SERVICE` }}",
    "networkMode": "awsvpc"
}
