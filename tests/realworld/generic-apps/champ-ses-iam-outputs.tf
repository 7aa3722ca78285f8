data "aws_iam_policy_document" "smtp_user" {
  statement {
    actions = ["ses:SendRawEmail"]
    resources = [
      "*",
    ]
  }
}


resource "aws_iam_user" "smtp_user" {
  name = "ses-smtp-user-${random_string.identifier.result}"
  tags = merge(local.tags, var.tags)
}

resource "aws_iam_access_key" "smtp_user" {
  user = aws_iam_user.smtp_user.name
}

resource "aws_iam_policy" "this" {
  name_prefix = "AmazonSesSendingAccess-"
  policy      = data.aws_iam_policy_document.smtp_user.json
}

resource "aws_iam_user_policy_attachment" "this" {
  user       = aws_iam_user.smtp_user.name
  policy_arn = aws_iam_policy.this.arn
}

output "smtp_key" {
  description = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_user#name"
  value       = aws_iam_access_key.smtp_user.id
}

output "smtp_password" {
  description = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key#ses_smtp_password_v4"
  value       = aws_iam_access_key.smtp_user.ses_smtp_password_v4
  sensitive   = true
}
