<?php
declare(strict_types=1);

use Symfony\Config\FrameworkConfig;

return static function (FrameworkConfig $framework): void {
    $mailer = $framework->mailer();
    $mailer->dsn('smtp://3a7e1c9d-5b2f-4e80-9d6a-1f4c8b2e7a53:3a7e1c9d-5b2f-4e80-9d6a-1f4c8b2e7a53@smtp.postmarkapp.com');
    $mailer->envelope()->sender('review@123view-demo.nl');
    $mailer->header('from')->value('review@123view-demo.nl');
};
