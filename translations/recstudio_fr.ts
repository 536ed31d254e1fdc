<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NexusConfig</name>
    <message>
        <source>The deployment URL &apos;%1&apos; is missing or invalid; enter the base URL of the Nexus API, for example https://nexus.example.org/v1.</source>
        <translation>L&apos;URL de déploiement «&#xa0;%1&#xa0;» est manquante ou invalide&#xa0;; saisissez l&apos;URL de base de l&apos;API Nexus, par exemple https://nexus.example.org/v1.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; uses the scheme &apos;%2&apos;; use https://.</source>
        <translation>L&apos;URL de déploiement «&#xa0;%1&#xa0;» utilise le schéma «&#xa0;%2&#xa0;»&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; uses plain http:// to a remote host, which would send the token unencrypted; use https://.</source>
        <translation>L&apos;URL de déploiement «&#xa0;%1&#xa0;» utilise http:// en clair vers un hôte distant, ce qui enverrait le jeton sans chiffrement&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; must not contain a query or a fragment.</source>
        <translation>L&apos;URL de déploiement «&#xa0;%1&#xa0;» ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>The deployment URL &apos;%1&apos; must end with the API version segment, for example &apos;%2/v1&apos;.</source>
        <translation>L&apos;URL de déploiement «&#xa0;%1&#xa0;» doit se terminer par le segment de version de l&apos;API, par exemple «&#xa0;%2/v1&#xa0;».</translation>
    </message>
    <message>
        <source>The organization &apos;%1&apos; is not a valid Nexus label; use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>L&apos;organisation «&#xa0;%1&#xa0;» n&apos;est pas un libellé Nexus valide&#xa0;; utilisez de 1 à 64 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The project &apos;%1&apos; is not a valid Nexus label; use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n&apos;est pas un libellé Nexus valide&#xa0;; utilisez de 1 à 64 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The token contains a line break; paste the access token on one line.</source>
        <translation>Le jeton contient un saut de ligne&#xa0;; collez le jeton d&apos;accès sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>NexusError</name>
    <message>
        <source>Could not %1: the server sent no data before the timeout. Check the connection, or raise the timeout for slow servers.</source>
        <translation>Impossible de %1&#xa0;: le serveur n&apos;a envoyé aucune donnée avant l&apos;expiration du délai. Vérifiez la connexion ou augmentez le délai pour les serveurs lents.</translation>
    </message>
    <message>
        <source>Could not %1: the TLS certificate of the server was rejected (%2). Fix the server certificate or the system trust store; certificate errors are never ignored.</source>
        <translation>Impossible de %1&#xa0;: le certificat TLS du serveur a été rejeté (%2). Corrigez le certificat du serveur ou le magasin de certificats du système&#xa0;; les erreurs de certificat ne sont jamais ignorées.</translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the deployment URL and the network connection, then try again.</source>
        <translation>Impossible de %1&#xa0;: %2. Vérifiez l&apos;URL de déploiement et la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source> The server says: %1</source>
        <translation> Réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not %1: the access token was rejected (HTTP 401%2), probably because it expired. Sign in again or paste a new token.%3</source>
        <translation>Impossible de %1&#xa0;: le jeton d&apos;accès a été rejeté (HTTP 401%2), probablement parce qu&apos;il a expiré. Reconnectez-vous ou collez un nouveau jeton.%3</translation>
    </message>
    <message>
        <source>Could not %1: the token lacks a permission in this project (HTTP 403). Ask a project administrator to grant it.%2</source>
        <translation>Impossible de %1&#xa0;: il manque une permission au jeton dans ce projet (HTTP 403). Demandez-la à un administrateur du projet.%2</translation>
    </message>
    <message>
        <source>Could not %1: the organization or project does not exist (HTTP 404). Check the organization and project labels.%2</source>
        <translation>Impossible de %1&#xa0;: l&apos;organisation ou le projet n&apos;existe pas (HTTP 404). Vérifiez les libellés de l&apos;organisation et du projet.%2</translation>
    </message>
    <message>
        <source>Could not %1: the project, view or resource was not found (HTTP 404). Check the names, or create it first.%2</source>
        <translation>Impossible de %1&#xa0;: le projet, la vue ou la ressource est introuvable (HTTP 404). Vérifiez les noms ou créez-le d&apos;abord.%2</translation>
    </message>
    <message>
        <source>Could not %1: revision conflict (HTTP 409), the resource was changed by someone else or already exists. Fetch it again and retry.%2</source>
        <translation>Impossible de %1&#xa0;: conflit de révision (HTTP 409), la ressource a été modifiée par quelqu&apos;un d&apos;autre ou existe déjà. Récupérez-la de nouveau et réessayez.%2</translation>
    </message>
    <message>
        <source>Could not %1: the request body is larger than the server accepts (HTTP 413; Nexus allows 256 KiB of JSON by default). Send smaller batches or fewer dimensions.%2</source>
        <translation>Impossible de %1&#xa0;: le corps de la requête dépasse la taille acceptée par le serveur (HTTP 413&#xa0;; Nexus autorise 256 Kio de JSON par défaut). Envoyez des lots plus petits ou moins de dimensions.%2</translation>
    </message>
    <message>
        <source>Could not %1: the server kept asking to slow down (HTTP 429) after every retry. Lower the concurrency and try again later.%2</source>
        <translation>Impossible de %1&#xa0;: le serveur a continué de demander de ralentir (HTTP 429) après chaque nouvelle tentative. Réduisez le nombre de requêtes simultanées et réessayez plus tard.%2</translation>
    </message>
    <message>
        <source>Could not %1: the server failed (HTTP %2). Try again later; if it persists, report it to the deployment&apos;s administrators.%3</source>
        <translation>Impossible de %1&#xa0;: le serveur a échoué (HTTP %2). Réessayez plus tard&#xa0;; si le problème persiste, signalez-le aux administrateurs du déploiement.%3</translation>
    </message>
    <message>
        <source>Could not %1: the server rejected the request (HTTP %2%3).%4</source>
        <translation>Impossible de %1&#xa0;: le serveur a rejeté la requête (HTTP %2%3).%4</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not %1: the server&apos;s response is not valid (%2). Check that the deployment URL points at a Nexus Delta API.</source>
        <translation>Impossible de %1&#xa0;: la réponse du serveur n&apos;est pas valide (%2). Vérifiez que l&apos;URL de déploiement désigne une API Nexus Delta.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::ConnectionCheckJob</name>
    <message>
        <source>Project &apos;%1/%2&apos; (base %3, vocab %4); identities: %5.</source>
        <translation>Projet «&#xa0;%1/%2&#xa0;» (base %3, vocab %4)&#xa0;; identités&#xa0;: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Lecture du projet</translation>
    </message>
    <message>
        <source>Reading identities</source>
        <translation>Lecture des identités</translation>
    </message>
    <message>
        <source>read the identities of the token</source>
        <translation>lire les identités du jeton</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::EmbeddingPush</name>
    <message>
        <source>The model has no item vectors to push.</source>
        <translation>Le modèle n&apos;a aucun vecteur d&apos;élément à publier.</translation>
    </message>
    <message>
        <source>The item vectors are empty; train a model with at least one factor.</source>
        <translation>Les vecteurs d&apos;éléments sont vides&#xa0;; entraînez un modèle avec au moins un facteur.</translation>
    </message>
    <message>
        <source>Movie %1 has %2 factors but the others have %3; the model is inconsistent, train or load it again.</source>
        <translation>Le film %1 a %2 facteurs alors que les autres en ont %3&#xa0;; le modèle est incohérent, entraînez-le ou chargez-le de nouveau.</translation>
    </message>
    <message>
        <source>Movie %1 has a non-finite factor %2 (%3); NaN and infinity are never sent to Nexus. Retrain with a smaller learning rate or stronger regularization.</source>
        <translation>Le film %1 a un facteur %2 non fini (%3)&#xa0;; NaN et l&apos;infini ne sont jamais envoyés à Nexus. Réentraînez avec un taux d&apos;apprentissage plus petit ou une régularisation plus forte.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::FileDownloadJob</name>
    <message>
        <source>read the metadata of file &apos;%1&apos;</source>
        <translation>lire les métadonnées du fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reading file metadata</source>
        <translation>Lecture des métadonnées du fichier</translation>
    </message>
    <message>
        <source>download file &apos;%1&apos;</source>
        <translation>télécharger le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>the SHA-256 digest does not match</source>
        <translation>l&apos;empreinte SHA-256 ne correspond pas</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 téléchargé</translation>
    </message>
    <message>
        <source>received %1 bytes, expected %2 from the file metadata</source>
        <translation>%1 octets reçus, %2 attendus d&apos;après les métadonnées du fichier</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::ImportJob</name>
    <message>
        <source>%1 resources: %2 created, %3 updated, %4 unchanged, %5 done in an earlier run, %6 failed.</source>
        <translation>%1 ressources&#xa0;: %2 créées, %3 mises à jour, %4 inchangées, %5 traitées lors d&apos;une exécution précédente, %6 en échec.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos; for upload: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» pour l&apos;envoi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Lecture du projet</translation>
    </message>
    <message>
        <source>upload &apos;%1&apos;</source>
        <translation>transférer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <source>Uploading resources</source>
        <translation>Envoi des ressources</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::NexusSteps</name>
    <message>
        <source>no &apos;base&apos; or &apos;vocab&apos; in the project</source>
        <translation>ni «&#xa0;base&#xa0;» ni «&#xa0;vocab&#xa0;» dans le projet</translation>
    </message>
    <message>
        <source>missing event counts</source>
        <translation>nombres d&apos;événements manquants</translation>
    </message>
    <message>
        <source>fetch project &apos;%1&apos;</source>
        <translation>récupérer le projet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>update resource &apos;%1&apos;</source>
        <translation>mettre à jour la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>fetch resource &apos;%1&apos;</source>
        <translation>récupérer la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no &apos;_rev&apos; in the annotated source</source>
        <translation>pas de «&#xa0;_rev&#xa0;» dans la source annotée</translation>
    </message>
    <message>
        <source>create resource &apos;%1&apos;</source>
        <translation>créer la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>fetch view &apos;%1&apos;</source>
        <translation>récupérer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>create view &apos;%1&apos;</source>
        <translation>créer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>update view &apos;%1&apos;</source>
        <translation>mettre à jour la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>read the indexing statistics of view &apos;%1&apos;</source>
        <translation>lire les statistiques d&apos;indexation de la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>View &apos;%1&apos; is still indexing after %2 s (%3 of %4 events processed). Try again later; large imports take minutes to index.</source>
        <translation>La vue «&#xa0;%1&#xa0;» est toujours en cours d&apos;indexation après %2 s (%3 événements traités sur %4). Réessayez plus tard&#xa0;; l&apos;indexation des imports volumineux prend plusieurs minutes.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::PullJob</name>
    <message>
        <source>dedicated ElasticSearch view &apos;%1&apos;%2</source>
        <translation>vue ElasticSearch dédiée «&#xa0;%1&#xa0;»%2</translation>
    </message>
    <message>
        <source> (created for this pull)</source>
        <translation> (créée pour cette récupération)</translation>
    </message>
    <message>
        <source>default ElasticSearch view (payloads read from _original_source, because the token may not create views)</source>
        <translation>vue ElasticSearch par défaut (contenus lus depuis _original_source, car le jeton ne peut pas créer de vues)</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Lecture du projet</translation>
    </message>
    <message>
        <source>Preparing view &apos;%1&apos;</source>
        <translation>Préparation de la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Waiting for view &apos;%1&apos; to index</source>
        <translation>Attente de l&apos;indexation de la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>read ratings from view &apos;%1&apos;</source>
        <translation>lire les notes depuis la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>read movies from view &apos;%1&apos;</source>
        <translation>lire les films depuis la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The view &apos;%1&apos; returned a page that does not follow the previous one (sort key &apos;%2&apos; after &apos;%3&apos;); the server ignored search_after. Check that &apos;@id&apos; is mapped as a keyword in the view.</source>
        <translation>La vue «&#xa0;%1&#xa0;» a renvoyé une page qui ne suit pas la précédente (clé de tri «&#xa0;%2&#xa0;» après «&#xa0;%3&#xa0;»)&#xa0;; le serveur a ignoré search_after. Vérifiez que «&#xa0;@id&#xa0;» est mappé comme keyword dans la vue.</translation>
    </message>
    <message>
        <source>Reading ratings</source>
        <translation>Lecture des notes</translation>
    </message>
    <message>
        <source>Reading movies</source>
        <translation>Lecture des films</translation>
    </message>
    <message>
        <source>Read through the %1.</source>
        <translation>Mode de lecture&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>resource listing and multi-fetch (the token may not query ElasticSearch views)</source>
        <translation>liste des ressources et récupération groupée (le jeton ne peut pas interroger les vues ElasticSearch)</translation>
    </message>
    <message>
        <source>list the ratings</source>
        <translation>lister les notes</translation>
    </message>
    <message>
        <source>list the movies</source>
        <translation>lister les films</translation>
    </message>
    <message>
        <source>no &apos;_results&apos; array</source>
        <translation>pas de tableau «&#xa0;_results&#xa0;»</translation>
    </message>
    <message>
        <source>the _next link &apos;%1&apos; leaves the deployment</source>
        <translation>le lien _next «&#xa0;%1&#xa0;» sort du déploiement</translation>
    </message>
    <message>
        <source>fetch %1 resources</source>
        <translation>récupérer %1 ressources</translation>
    </message>
    <message>
        <source>no &apos;resources&apos; array</source>
        <translation>pas de tableau «&#xa0;resources&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::PushJob</name>
    <message>
        <source>Run %1: %2 embeddings created, %3 updated, %4 unchanged, %5 failed, %6 all-zero vectors skipped; view &apos;%7&apos;.</source>
        <translation>Exécution %1&#xa0;: %2 plongements créés, %3 mis à jour, %4 inchangés, %5 en échec, %6 vecteurs nuls ignorés&#xa0;; vue «&#xa0;%7&#xa0;».</translation>
    </message>
    <message>
        <source>One embedding resource takes %1 bytes, too close to the 256 KiB request limit of Nexus; use fewer factors.</source>
        <translation>Une ressource de plongement occupe %1 octets, trop près de la limite de requête de 256 Kio de Nexus&#xa0;; utilisez moins de facteurs.</translation>
    </message>
    <message>
        <source>Reading project</source>
        <translation>Lecture du projet</translation>
    </message>
    <message>
        <source>Pushing embeddings</source>
        <translation>Publication des plongements</translation>
    </message>
    <message>
        <source>Preparing view &apos;%1&apos;</source>
        <translation>Préparation de la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Waiting for view &apos;%1&apos; to index</source>
        <translation>Attente de l&apos;indexation de la vue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::SimilarItemsJob</name>
    <message>
        <source>find movies similar to movie %1</source>
        <translation>trouver les films similaires au film %1</translation>
    </message>
    <message>
        <source>fetch the embedding of movie %1</source>
        <translation>récupérer le plongement du film %1</translation>
    </message>
    <message>
        <source>the resource has no &apos;embedding&apos; array</source>
        <translation>la ressource n&apos;a pas de tableau «&#xa0;embedding&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RecStudio::Nexus::VerifyJob</name>
    <message>
        <source>%1 of %2 sampled items have the same top-k on the server as locally.</source>
        <translation>%1 éléments échantillonnés sur %2 ont le même top-k sur le serveur qu&apos;en local.</translation>
    </message>
    <message>
        <source>movie %1: local [%2], server [%3]</source>
        <translation>film %1&#xa0;: local [%2], serveur [%3]</translation>
    </message>
    <message>
        <source>Comparing server and local top-k</source>
        <translation>Comparaison des top-k du serveur et locaux</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ColumnMappingDialog</name>
    <message>
        <source>Read ratings file</source>
        <translation>Lire un fichier de notes</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>The first line holds column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>Ratings use a decimal comma (3,5)</source>
        <translation>Les notes utilisent une virgule décimale (3,5)</translation>
    </message>
    <message>
        <source>Rows with a lower rating are skipped and listed</source>
        <translation>Les lignes avec une note inférieure sont ignorées et listées</translation>
    </message>
    <message>
        <source>Rows with a higher rating are skipped and listed</source>
        <translation>Les lignes avec une note supérieure sont ignorées et listées</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>User column:</source>
        <translation>Colonne utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Movie column:</source>
        <translation>Colonne film&#xa0;:</translation>
    </message>
    <message>
        <source>Rating column:</source>
        <translation>Colonne note&#xa0;:</translation>
    </message>
    <message>
        <source>Timestamp column:</source>
        <translation>Colonne horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>Lowest valid rating:</source>
        <translation>Note valide minimale&#xa0;:</translation>
    </message>
    <message>
        <source>Highest valid rating:</source>
        <translation>Note valide maximale&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>User</source>
        <comment>column title: raw user id</comment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Movie</source>
        <comment>column title: raw movie id</comment>
        <translation>Film</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: stars given by the user</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <comment>column title: when the rating was given</comment>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>The file is empty or cannot be read.</source>
        <translation>Le fichier est vide ou illisible.</translation>
    </message>
    <message>
        <source>The user and movie columns must differ: choose another movie column.</source>
        <translation>Les colonnes utilisateur et film doivent être différentes&#xa0;: choisissez une autre colonne film.</translation>
    </message>
    <message>
        <source>The rating column must differ from the user and movie columns.</source>
        <translation>La colonne note doit être différente des colonnes utilisateur et film.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ConnectionDialog</name>
    <message>
        <source>Connect to Nexus</source>
        <translation>Connexion à Nexus</translation>
    </message>
    <message>
        <source>Base URL of the Nexus Delta API, ending in the version, e.g. https://nexus.example.org/v1</source>
        <translation>URL de base de l&apos;API Nexus Delta, terminée par la version, par ex. https://nexus.example.org/v1</translation>
    </message>
    <message>
        <source>Bearer token (kept in the system keychain)</source>
        <translation>Jeton d&apos;accès (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Mémoriser le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1); enter the token by hand.</source>
        <translation>Impossible de lire le trousseau (%1)&#xa0;; saisissez le jeton à la main.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected to project %1/%2. Vocabulary: %3</source>
        <translation>Connecté au projet %1/%2. Vocabulaire&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::DataPanel</name>
    <message>
        <source>Load warnings</source>
        <translation>Avertissements du chargement</translation>
    </message>
    <message>
        <source>Rating histogram</source>
        <translation>Histogramme des notes</translation>
    </message>
    <message>
        <source>Ratings per movie (long tail)</source>
        <translation>Notes par film (longue traîne)</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id. utilisateur</translation>
    </message>
    <message>
        <source>Show only the ratings of this user (raw id as in the file)</source>
        <translation>N&apos;afficher que les notes de cet utilisateur (identifiant brut, tel que dans le fichier)</translation>
    </message>
    <message>
        <source>Movie id</source>
        <translation>Id. film</translation>
    </message>
    <message>
        <source>Show only the ratings of this movie (raw id as in the file)</source>
        <translation>N&apos;afficher que les notes de ce film (identifiant brut, tel que dans le fichier)</translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation>Le titre contient…</translation>
    </message>
    <message>
        <source>Show movies whose title contains this text, ignoring case and accents</source>
        <translation>Afficher les films dont le titre contient ce texte, sans tenir compte de la casse ni des accents</translation>
    </message>
    <message>
        <source> ★</source>
        <comment>suffix of a rating in stars</comment>
        <translation> ★</translation>
    </message>
    <message>
        <source>Lowest rating shown, in stars (inclusive)</source>
        <translation>Note minimale affichée, en étoiles (incluse)</translation>
    </message>
    <message>
        <source>Highest rating shown, in stars (inclusive)</source>
        <translation>Note maximale affichée, en étoiles (incluse)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <comment>rating range: from ... to ...</comment>
        <translation>à</translation>
    </message>
    <message>
        <source>Dataset summary</source>
        <translation>Résumé du jeu de données</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Computing statistics…</source>
        <translation>Calcul des statistiques…</translation>
    </message>
    <message>
        <source>%1 ratings</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>%1 of %2 ratings</source>
        <translation>%1 notes sur %2</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Rated movies:</source>
        <translation>Films notés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (catalogue: %2)</source>
        <translation>%1 (catalogue&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Density:</source>
        <translation>Densité&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Mean rating:</source>
        <translation>Note moyenne&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (range %2 to %3)</source>
        <translation>%1 (de %2 à %3)</translation>
    </message>
    <message>
        <source>min %1, median %2, p90 %3, max %4</source>
        <translation>min. %1, médiane %2, p90 %3, max. %4</translation>
    </message>
    <message>
        <source>Ratings per user:</source>
        <translation>Notes par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Ratings per movie:</source>
        <translation>Notes par film&#xa0;:</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Étoiles</translation>
    </message>
    <message>
        <source>Movies by popularity rank</source>
        <translation>Films par rang de popularité</translation>
    </message>
    <message>
        <source>Ratings (log scale)</source>
        <translation>Notes (log)</translation>
    </message>
    <message>
        <source>%1 of %2 lines were skipped. The first ones:</source>
        <translation>%1 lignes sur %2 ont été ignorées. Les premières&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (user, movie) pairs were rated more than once; %2 older rows were dropped and the latest rating kept.</source>
        <translation>%1 paires (utilisateur, film) ont été notées plusieurs fois&#xa0;; %2 lignes plus anciennes ont été supprimées et la note la plus récente conservée.</translation>
    </message>
    <message>
        <source>No problems: every line was read.</source>
        <translation>Aucun problème&#xa0;: toutes les lignes ont été lues.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::DatasetLoader</name>
    <message>
        <source>Loading %1</source>
        <translation>Chargement de %1</translation>
    </message>
    <message>
        <source>Generating the demo dataset</source>
        <translation>Génération du jeu de données de démonstration</translation>
    </message>
    <message>
        <source>Loading canceled; the previous dataset stays open.</source>
        <translation>Chargement annulé&#xa0;; le jeu de données précédent reste ouvert.</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>demo dataset</source>
        <translation>jeu de données de démonstration</translation>
    </message>
    <message>
        <source>Loaded %1: %2 ratings, %3 users, %4 movies in %5 s</source>
        <translation>Chargé&#xa0;: %1 (%2 notes, %3 utilisateurs, %4 films en %5 s)</translation>
    </message>
    <message>
        <source>%1 lines skipped, %2 duplicate rows dropped (%3 pairs); see the load warnings in the Data tab</source>
        <translation>%1 lignes ignorées, %2 lignes en double supprimées (%3 paires)&#xa0;; voir les avertissements du chargement dans l&apos;onglet Données</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ExplorePanel</name>
    <message>
        <source>Similarity</source>
        <comment>column title: cosine similarity</comment>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Predicted</source>
        <comment>column title: predicted rating</comment>
        <translation>Prédite</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: the user&apos;s own rating</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Type part of a title, e.g. heat 1995</source>
        <translation>Saisissez une partie d&apos;un titre, par ex. heat 1995</translation>
    </message>
    <message>
        <source>Number of similar titles to show (k)</source>
        <translation>Nombre de titres similaires à afficher (k)</translation>
    </message>
    <message>
        <source>Hide movies with fewer training ratings than this: their factors rest on little data</source>
        <translation>Masquer les films ayant moins de notes d&apos;entraînement que ce nombre&#xa0;: leurs facteurs reposent sur peu de données</translation>
    </message>
    <message>
        <source>Similar titles</source>
        <translation>Titres similaires</translation>
    </message>
    <message>
        <source>Movie:</source>
        <translation>Film&#xa0;:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum ratings:</source>
        <translation>Notes minimum&#xa0;:</translation>
    </message>
    <message>
        <source>User id, e.g. 1</source>
        <translation>Id. utilisateur, par ex. 1</translation>
    </message>
    <message>
        <source>Raw user id as in the ratings file</source>
        <translation>Identifiant brut de l&apos;utilisateur, tel que dans le fichier de notes</translation>
    </message>
    <message>
        <source>Number of recommendations (N)</source>
        <translation>Nombre de recommandations (N)</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recommander</translation>
    </message>
    <message>
        <source>Recommendations for a user</source>
        <translation>Recommandations pour un utilisateur</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Premiers&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended (not yet rated)</source>
        <translation>Recommandés (pas encore notés)</translation>
    </message>
    <message>
        <source>Rated highest by the user</source>
        <translation>Les mieux notés par l&apos;utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) most similar to %1</source>
        <translation>
            <numerusform>Le titre le plus similaire à %1</numerusform>
            <numerusform>Les %n titres les plus similaires à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n recommendation(s) for user %1</source>
        <translation>
            <numerusform>Meilleure recommandation pour l&apos;utilisateur %1</numerusform>
            <numerusform>%n meilleures recommandations pour l&apos;utilisateur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Train a model (Training tab) or open one to explore it.</source>
        <translation>Entraînez un modèle (onglet Entraînement) ou ouvrez-en un pour l&apos;explorer.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; is not in the dataset: enter a user id as written in the ratings file.</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas dans le jeu de données&#xa0;: saisissez un identifiant tel qu&apos;il figure dans le fichier de notes.</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Calcul des scores…</translation>
    </message>
    <message>
        <source>Recommend only movies with at least this many training ratings</source>
        <translation>Ne recommander que les films ayant au moins ce nombre de notes d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::GridEditor</name>
    <message>
        <source>ALS</source>
        <translation>ALS</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Algorithm trained for every configuration; the other hyperparameters come from the Training tab</source>
        <translation>Algorithme entraîné pour chaque configuration&#xa0;; les autres hyperparamètres viennent de l&apos;onglet Entraînement</translation>
    </message>
    <message>
        <source>Numbers of latent factors to try, separated by commas</source>
        <translation>Nombres de facteurs latents à essayer, séparés par des virgules</translation>
    </message>
    <message>
        <source>Regularization values λ to try, applied to all four penalty terms, separated by commas</source>
        <translation>Valeurs de régularisation λ à essayer, appliquées aux quatre termes de pénalité, séparées par des virgules</translation>
    </message>
    <message>
        <source>SGD only; empty uses the Training tab&apos;s rate</source>
        <translation>SGD uniquement&#xa0;; vide, le taux de l&apos;onglet Entraînement est utilisé</translation>
    </message>
    <message>
        <source>SGD learning rates to try, separated by commas</source>
        <translation>Taux d&apos;apprentissage SGD à essayer, séparés par des virgules</translation>
    </message>
    <message>
        <source>Iterations at which each run is scored; every configuration trains once up to the last one</source>
        <translation>Itérations auxquelles chaque exécution est évaluée&#xa0;; chaque configuration est entraînée une seule fois jusqu&apos;à la dernière</translation>
    </message>
    <message>
        <source>Configurations trained at the same time, one thread each</source>
        <translation>Configurations entraînées en même temps, un thread chacune</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Factors:</source>
        <translation>Facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Regularization λ:</source>
        <translation>Régularisation λ&#xa0;:</translation>
    </message>
    <message>
        <source>Learning rates:</source>
        <translation>Taux d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Checkpoints:</source>
        <translation>Points de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>In parallel:</source>
        <translation>En parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Invalid %1 entry &apos;%2&apos;: write numbers separated by commas.</source>
        <translation>Entrée «&#xa0;%2&#xa0;» invalide pour %1&#xa0;: saisissez des nombres séparés par des virgules.</translation>
    </message>
    <message>
        <source>factors</source>
        <translation>les facteurs</translation>
    </message>
    <message>
        <source>regularization</source>
        <translation>la régularisation</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>les points de contrôle</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::GridResultsModel</name>
    <message>
        <source>running (iteration %1)</source>
        <translation>en cours (itération %1)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>#</source>
        <comment>column title: configuration number</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Factors</source>
        <comment>column title: number of latent factors</comment>
        <translation>Facteurs</translation>
    </message>
    <message>
        <source>λ</source>
        <comment>column title: regularization</comment>
        <translation>λ</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>column title: SGD learning rate</comment>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Best iter.</source>
        <comment>column title: iteration with the lowest test error</comment>
        <translation>Meilleure itér.</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <comment>column title: lowest test mean squared error</comment>
        <translation>EQM de test</translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <comment>column title: test root mean squared error at the best iteration</comment>
        <translation>REQM de test</translation>
    </message>
    <message>
        <source>Train MSE</source>
        <comment>column title: train mean squared error at the best iteration</comment>
        <translation>EQM d&apos;entraînement</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>column title: state of the configuration&apos;s run</comment>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::GridSearchPanel</name>
    <message>
        <source>%1 factors, λ %2</source>
        <translation>%1 facteurs, λ %2</translation>
    </message>
    <message>
        <source>, rate %1</source>
        <translation>, taux %1</translation>
    </message>
    <message>
        <source>Run grid search</source>
        <translation>Lancer la recherche sur grille</translation>
    </message>
    <message>
        <source>Train with these settings</source>
        <translation>Entraîner avec ces réglages</translation>
    </message>
    <message>
        <source>Train the selected configuration on the training split, up to its best iteration</source>
        <translation>Entraîner la configuration sélectionnée sur la partie d&apos;entraînement, jusqu&apos;à sa meilleure itération</translation>
    </message>
    <message>
        <source>Train on all data</source>
        <translation>Entraîner sur toutes les données</translation>
    </message>
    <message>
        <source>Train the selected configuration on every rating, for a final model: no test error can be measured</source>
        <translation>Entraîner la configuration sélectionnée sur toutes les notes, pour un modèle final&#xa0;: aucune erreur de test ne peut être mesurée</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Test MSE per configuration</source>
        <translation>EQM de test par configuration</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation>EQM de test</translation>
    </message>
    <message>
        <source>Best test MSE</source>
        <translation>Meilleure EQM de test</translation>
    </message>
    <message>
        <source>Could not split the ratings with the Training tab&apos;s split settings; check them there.</source>
        <translation>Impossible de répartir les notes avec les réglages de répartition de l&apos;onglet Entraînement&#xa0;; vérifiez-les dans cet onglet.</translation>
    </message>
    <message>
        <source>Load a dataset first.</source>
        <translation>Chargez d&apos;abord un jeu de données.</translation>
    </message>
    <message>
        <source>Regularization λ</source>
        <translation>Régularisation λ</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message numerus="yes">
        <source>Grid search started: %n configuration(s), checkpoints up to %1</source>
        <translation>
            <numerusform>Recherche sur grille lancée&#xa0;: %n configuration, points de contrôle jusqu&apos;à %1</numerusform>
            <numerusform>Recherche sur grille lancée&#xa0;: %n configurations, points de contrôle jusqu&apos;à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Splitting the ratings…</source>
        <translation>Répartition des notes…</translation>
    </message>
    <message numerus="yes">
        <source>Training %n configuration(s)…</source>
        <translation>
            <numerusform>Entraînement de %n configuration…</numerusform>
            <numerusform>Entraînement de %n configurations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid configuration %1 diverged: %2</source>
        <translation>La configuration %1 de la grille a divergé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Grid configuration %1 failed: %2</source>
        <translation>Échec de la configuration %1 de la grille&#xa0;: %2</translation>
    </message>
    <message>
        <source>Best: %1 at iteration %2, test MSE %3 (RMSE %4).</source>
        <translation>Meilleure&#xa0;: %1 à l&apos;itération %2, EQM de test %3 (REQM %4).</translation>
    </message>
    <message numerus="yes">
        <source>Grid search canceled after %1 s; %n configuration(s) kept. %2</source>
        <translation>
            <numerusform>Recherche sur grille annulée après %1 s&#xa0;; %n configuration conservée. %2</numerusform>
            <numerusform>Recherche sur grille annulée après %1 s&#xa0;; %n configurations conservées. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid search finished in %1 s. %2</source>
        <translation>Recherche sur grille terminée en %1 s. %2</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::HeatMapWidget</name>
    <message>
        <source>Run a grid search to fill the heat map.</source>
        <translation>Lancez une recherche sur grille pour remplir la carte de chaleur.</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::ItemListModel</name>
    <message>
        <source>#</source>
        <comment>column title: rank in the list</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column title: movie title</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Genres</source>
        <comment>column title: movie genres</comment>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Ratings</source>
        <comment>column title: number of training ratings of the movie</comment>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::MainWindow</name>
    <message>
        <source>Recommender Studio</source>
        <translation>Recommender Studio</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Grid search</source>
        <translation>Recherche sur grille</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Nexus</source>
        <translation>Nexus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open a MovieLens folder (ratings.csv and movies.csv, or u.data and u.item)</source>
        <translation>Ouvrir un dossier MovieLens (ratings.csv et movies.csv, ou u.data et u.item)</translation>
    </message>
    <message>
        <source>Open ratings &amp;file…</source>
        <translation>Ouvrir un fichier de &amp;notes…</translation>
    </message>
    <message>
        <source>Open a delimited ratings file; columns can be mapped by hand</source>
        <translation>Ouvrir un fichier de notes délimité&#xa0;; les colonnes peuvent être associées à la main</translation>
    </message>
    <message>
        <source>Open &amp;demo dataset</source>
        <translation>Ouvrir le jeu de données de dé&amp;monstration</translation>
    </message>
    <message>
        <source>Generate the built-in synthetic dataset</source>
        <translation>Générer le jeu de données synthétique intégré</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>Train with the settings of the Training tab</source>
        <translation>Entraîner avec les réglages de l&apos;onglet Entraînement</translation>
    </message>
    <message>
        <source>Run &amp;grid search</source>
        <translation>Lancer la recherche sur &amp;grille</translation>
    </message>
    <message>
        <source>Train every configuration of the grid</source>
        <translation>Entraîner chaque configuration de la grille</translation>
    </message>
    <message>
        <source>&amp;Cancel running jobs</source>
        <translation>&amp;Annuler les tâches en cours</translation>
    </message>
    <message>
        <source>&amp;Nexus</source>
        <translation>&amp;Nexus</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Choose the Nexus deployment, project and token</source>
        <translation>Choisir le déploiement Nexus, le projet et le jeton</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Grid search</source>
        <translation>&amp;Recherche sur grille</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>E&amp;xplorer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Recommender Studio</source>
        <translation>À &amp;propos de Recommender Studio</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Open MovieLens folder</source>
        <translation>Ouvrir un dossier MovieLens</translation>
    </message>
    <message>
        <source>Open ratings file</source>
        <translation>Ouvrir un fichier de notes</translation>
    </message>
    <message>
        <source>Ratings files (*.csv *.tsv *.txt *.data *.base *.test *.dat);;All files (*)</source>
        <translation>Fichiers de notes (*.csv *.tsv *.txt *.data *.base *.test *.dat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dataset loaded</source>
        <translation>Jeu de données chargé</translation>
    </message>
    <message>
        <source>About Recommender Studio</source>
        <translation>À propos de Recommender Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Recommender Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and explores collaborative-filtering recommenders from ratings kept in a Blue Brain Nexus knowledge graph.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Recommender Studio %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Crée et explore des systèmes de recommandation par filtrage collaboratif à partir de notes conservées dans un graphe de connaissances Blue Brain Nexus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language takes effect at the next start.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Aucun jeu de données</translation>
    </message>
    <message>
        <source>Demo dataset</source>
        <translation>Jeu de données de démonstration</translation>
    </message>
    <message>
        <source>%1 – Recommender Studio</source>
        <translation>%1 – Recommender Studio</translation>
    </message>
    <message>
        <source>%1: %2 ratings</source>
        <translation>%1&#xa0;: %2 notes</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::NexusPanel</name>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Pull ratings and movies</source>
        <translation>Récupérer les notes et les films</translation>
    </message>
    <message>
        <source>Read every Rating and Movie of the project into a new dataset</source>
        <translation>Lire toutes les ressources Rating et Movie du projet dans un nouveau jeu de données</translation>
    </message>
    <message>
        <source>Import the open dataset</source>
        <translation>Importer le jeu de données ouvert</translation>
    </message>
    <message>
        <source>Upload the open dataset&apos;s ratings and movies into the project; a second import creates nothing new</source>
        <translation>Envoyer les notes et les films du jeu de données ouvert dans le projet&#xa0;; un second import ne crée rien de nouveau</translation>
    </message>
    <message>
        <source>Push the model</source>
        <translation>Publier le modèle</translation>
    </message>
    <message>
        <source>Similar titles from the server</source>
        <translation>Titres similaires depuis le serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Summaries of pulls and imports appear here.</source>
        <translation>Les résumés des récupérations et des imports s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Nexus connection: %1, project %2/%3</source>
        <translation>Connexion Nexus&#xa0;: %1, projet %2/%3</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain (%1); it is kept for this session only.</source>
        <translation>Impossible d&apos;enregistrer le jeton dans le trousseau (%1)&#xa0;; il n&apos;est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>New Nexus token supplied; the job resumes.</source>
        <translation>Nouveau jeton Nexus fourni&#xa0;; la tâche reprend.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nexus rejected the token: %1</source>
        <translation>Nexus a rejeté le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nexus token expired</source>
        <translation>Jeton Nexus expiré</translation>
    </message>
    <message>
        <source>%1

Paste a new token to resume the job:</source>
        <translation>%1

Collez un nouveau jeton pour reprendre la tâche&#xa0;:</translation>
    </message>
    <message>
        <source>Nexus %1/%2</source>
        <translation>Nexus %1/%2</translation>
    </message>
    <message>
        <source>Pulled %1 ratings and %2 movies from %3 (%4, %5 pages).</source>
        <translation>%1 notes et %2 films récupérés depuis %3 (%4, %5 pages).</translation>
    </message>
    <message>
        <source>%1 documents were skipped.</source>
        <translation>%1 documents ont été ignorés.</translation>
    </message>
    <message>
        <source>Pulling ratings and movies</source>
        <translation>Récupération des notes et des films</translation>
    </message>
    <message>
        <source>Importing the open dataset</source>
        <translation>Import du jeu de données ouvert</translation>
    </message>
    <message>
        <source>%1 started.</source>
        <translation>%1&#xa0;: démarré.</translation>
    </message>
    <message>
        <source>%1 (project %2/%3)</source>
        <translation>%1 (projet %2/%3)</translation>
    </message>
    <message>
        <source>Resumed with the new token.</source>
        <translation>Reprise avec le nouveau jeton.</translation>
    </message>
    <message>
        <source>Canceled; nothing was changed locally.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié localement.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Nexus job ended: %1</source>
        <translation>Tâche Nexus terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — project %2/%3</source>
        <translation>%1 — projet %2/%3</translation>
    </message>
    <message>
        <source>Not connected. Choose Connect… to enter a deployment, project and token.</source>
        <translation>Non connecté. Choisissez Se connecter… pour saisir un déploiement, un projet et un jeton.</translation>
    </message>
    <message>
        <source>Send the trained model&apos;s movie embeddings and its provenance to the project, and index them for similarity queries</source>
        <translation>Envoyer au projet les plongements de films du modèle entraîné et sa provenance, et les indexer pour les requêtes de similarité</translation>
    </message>
    <message>
        <source>Ask the project&apos;s index of the last pushed model for the titles most similar to the chosen movie</source>
        <translation>Demander à l&apos;index du projet, pour le dernier modèle publié, les titres les plus similaires au film choisi</translation>
    </message>
    <message>
        <source>Title contains…</source>
        <translation>Le titre contient…</translation>
    </message>
    <message>
        <source>Number of similar titles to ask for (k)</source>
        <translation>Nombre de titres similaires à demander (k)</translation>
    </message>
    <message>
        <source>Movie:</source>
        <translation>Film&#xa0;:</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k&#xa0;:</translation>
    </message>
    <message>
        <source>The model cannot be pushed: %1</source>
        <translation>Impossible de publier le modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushing the model</source>
        <translation>Publication du modèle</translation>
    </message>
    <message>
        <source>No movie title contains &apos;%1&apos;; check the spelling.</source>
        <translation>Aucun titre de film ne contient «&#xa0;%1&#xa0;»&#xa0;; vérifiez l&apos;orthographe.</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s) similar to %1 according to the server:</source>
        <translation>
            <numerusform>%n titre similaire à %1 selon le serveur&#xa0;:</numerusform>
            <numerusform>%n titres similaires à %1 selon le serveur&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Querying similar titles of %1</source>
        <translation>Recherche des titres similaires à %1</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the native name of the language the system locale selects, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages.</source>
        <translation>La langue des menus, des boîtes de dialogue et des messages.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start Recommender Studio.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Recommender Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::RatingsTableModel</name>
    <message>
        <source>User</source>
        <comment>column title: raw user id</comment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Movie</source>
        <comment>column title: raw movie id</comment>
        <translation>Film</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column title: movie title</comment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Genres</source>
        <comment>column title: movie genres</comment>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>column title: stars given by the user</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>column title: when the rating was given</comment>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::Session</name>
    <message>
        <source>Split the ratings: %1</source>
        <translation>Notes réparties&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::TrainingPanel</name>
    <message>
        <source>trained</source>
        <translation>entraîné</translation>
    </message>
    <message>
        <source>Ranking metrics skipped: scoring every movie for every user is too slow at this size.</source>
        <translation>Métriques de classement ignorées&#xa0;: évaluer chaque film pour chaque utilisateur est trop lent à cette taille.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <comment>duration in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Train on the training split and score on the test split</source>
        <translation>Entraîner sur la partie d&apos;entraînement et évaluer sur la partie de test</translation>
    </message>
    <message>
        <source>Train on all data</source>
        <translation>Entraîner sur toutes les données</translation>
    </message>
    <message>
        <source>Train the final model on every rating. There is no test set, so no test error can be reported.</source>
        <translation>Entraîner le modèle final sur toutes les notes. Il n&apos;y a pas d&apos;ensemble de test, donc aucune erreur de test ne peut être indiquée.</translation>
    </message>
    <message>
        <source>Save model…</source>
        <translation>Enregistrer le modèle…</translation>
    </message>
    <message>
        <source>Open model…</source>
        <translation>Ouvrir un modèle…</translation>
    </message>
    <message>
        <source>Mean squared error per epoch</source>
        <translation>Erreur quadratique moyenne par époque</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>EQM</translation>
    </message>
    <message>
        <source>Train MSE</source>
        <translation>EQM d&apos;entraînement</translation>
    </message>
    <message>
        <source>Test MSE</source>
        <translation>EQM de test</translation>
    </message>
    <message>
        <source>Logarithmic scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <source>Show the error on a logarithmic axis, which separates small differences late in training</source>
        <translation>Afficher l&apos;erreur sur un axe logarithmique, qui distingue les petites différences en fin d&apos;entraînement</translation>
    </message>
    <message>
        <source>Epoch %v of %m</source>
        <translation>Époque %v sur %m</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Métriques finales</translation>
    </message>
    <message>
        <source>Train a model to see its metrics.</source>
        <translation>Entraînez un modèle pour voir ses métriques.</translation>
    </message>
    <message>
        <source>Load a dataset first (File &gt; Open or File &gt; Open demo dataset).</source>
        <translation>Chargez d&apos;abord un jeu de données (Fichier &gt; Ouvrir ou Fichier &gt; Ouvrir le jeu de données de démonstration).</translation>
    </message>
    <message>
        <source>Training on all ratings: %1</source>
        <translation>Entraînement sur toutes les notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training: %1</source>
        <translation>Entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Encore environ %1</translation>
    </message>
    <message>
        <source>Could not split the ratings: %1</source>
        <translation>Impossible de répartir les notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Training diverged: %1</source>
        <translation>L&apos;entraînement a divergé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Canceled after %n epoch(s); the previous model stays in use.</source>
        <translation>
            <numerusform>Annulé après %n époque&#xa0;; le modèle précédent reste utilisé.</numerusform>
            <numerusform>Annulé après %n époques&#xa0;; le modèle précédent reste utilisé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training canceled after %n epoch(s)</source>
        <translation>
            <numerusform>Entraînement annulé après %n époque</numerusform>
            <numerusform>Entraînement annulé après %n époques</numerusform>
        </translation>
    </message>
    <message>
        <source>Canceled; the previous model stays in use.</source>
        <translation>Annulé&#xa0;; le modèle précédent reste utilisé.</translation>
    </message>
    <message>
        <source>Trained on all ratings: %1, train RMSE %2</source>
        <translation>Entraîné sur toutes les notes&#xa0;: %1, RMSE d&apos;entraînement %2</translation>
    </message>
    <message>
        <source>Trained: %1, test RMSE %2</source>
        <translation>Entraîné&#xa0;: %1, RMSE de test %2</translation>
    </message>
    <message>
        <source>Train RMSE / MAE:</source>
        <translation>RMSE / MAE d&apos;entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Test RMSE / MAE:</source>
        <translation>RMSE / MAE de test&#xa0;:</translation>
    </message>
    <message>
        <source>none: trained on all ratings</source>
        <translation>aucune&#xa0;: entraîné sur toutes les notes</translation>
    </message>
    <message>
        <source>Precision@10:</source>
        <translation>Précision@10&#xa0;:</translation>
    </message>
    <message>
        <source>Recall@10:</source>
        <translation>Rappel@10&#xa0;:</translation>
    </message>
    <message>
        <source>NDCG@10:</source>
        <translation>NDCG@10&#xa0;:</translation>
    </message>
    <message>
        <source>Users evaluated:</source>
        <translation>Utilisateurs évalués&#xa0;:</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Could not save the model to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le modèle dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Could not save the model to %1:
%2</source>
        <translation>Impossible d&apos;enregistrer le modèle dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Saved the model to %1</source>
        <translation>Modèle enregistré dans %1</translation>
    </message>
    <message>
        <source>Could not open the model %1: %2</source>
        <translation>Impossible d&apos;ouvrir le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <source>Could not open the model %1:
%2</source>
        <translation>Impossible d&apos;ouvrir le modèle %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Opened the model %1: %2</source>
        <translation>Modèle %1 ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recommender models (*.rsmodel)</source>
        <translation>Modèles de recommandation (*.rsmodel)</translation>
    </message>
</context>
<context>
    <name>RecStudio::Ui::TrainingSettingsForm</name>
    <message>
        <source>ALS (alternating least squares)</source>
        <translation>ALS (moindres carrés alternés)</translation>
    </message>
    <message>
        <source>SGD (stochastic gradient descent)</source>
        <translation>SGD (descente de gradient stochastique)</translation>
    </message>
    <message>
        <source>Baseline: user and movie biases</source>
        <translation>Référence&#xa0;: biais utilisateur et film</translation>
    </message>
    <message>
        <source>Baseline: global mean</source>
        <translation>Référence&#xa0;: moyenne globale</translation>
    </message>
    <message>
        <source>How the factor model is fitted. The baselines have no factors and show what the factors add.</source>
        <translation>Méthode d&apos;ajustement du modèle factoriel. Les références n&apos;ont pas de facteurs et montrent ce que les facteurs apportent.</translation>
    </message>
    <message>
        <source>Number of latent factors per user and per movie (the length of each embedding vector)</source>
        <translation>Nombre de facteurs latents par utilisateur et par film (la longueur de chaque vecteur de plongement)</translation>
    </message>
    <message>
        <source>Number of passes over the training ratings</source>
        <translation>Nombre de passes sur les notes d&apos;entraînement</translation>
    </message>
    <message>
        <source>L2 penalty on the user factors (λ, unitless)</source>
        <translation>Pénalité L2 sur les facteurs utilisateur (λ, sans unité)</translation>
    </message>
    <message>
        <source>L2 penalty on the movie factors (λ, unitless)</source>
        <translation>Pénalité L2 sur les facteurs film (λ, sans unité)</translation>
    </message>
    <message>
        <source>L2 penalty on the user biases (λ, unitless)</source>
        <translation>Pénalité L2 sur les biais utilisateur (λ, sans unité)</translation>
    </message>
    <message>
        <source>L2 penalty on the movie biases (λ, unitless)</source>
        <translation>Pénalité L2 sur les biais film (λ, sans unité)</translation>
    </message>
    <message>
        <source>Plain λ</source>
        <translation>λ simple</translation>
    </message>
    <message>
        <source>λ × ratings in the row (ALS-WR)</source>
        <translation>λ × notes de la ligne (ALS-WR)</translation>
    </message>
    <message>
        <source>Whether each row&apos;s penalty grows with its number of ratings</source>
        <translation>Indique si la pénalité de chaque ligne croît avec son nombre de notes</translation>
    </message>
    <message>
        <source>Exact (Cholesky)</source>
        <translation>Exact (Cholesky)</translation>
    </message>
    <message>
        <source>Fast (conjugate gradient)</source>
        <translation>Rapide (gradient conjugué)</translation>
    </message>
    <message>
        <source>ALS only: solve each row exactly, or take a few conjugate gradient steps, which is faster with many factors</source>
        <translation>ALS uniquement&#xa0;: résoudre chaque ligne exactement, ou faire quelques pas de gradient conjugué, plus rapide avec beaucoup de facteurs</translation>
    </message>
    <message>
        <source>SGD only: step size of each gradient update (unitless)</source>
        <translation>SGD uniquement&#xa0;: taille du pas de chaque mise à jour du gradient (sans unité)</translation>
    </message>
    <message>
        <source>SGD only: factor applied to the learning rate after each epoch; 1 keeps it constant</source>
        <translation>SGD uniquement&#xa0;: facteur appliqué au taux d&apos;apprentissage après chaque époque&#xa0;; 1 le garde constant</translation>
    </message>
    <message>
        <source>Parallel SGD</source>
        <translation>SGD parallèle</translation>
    </message>
    <message>
        <source>SGD only: update blocks of the matrix on several threads. Faster, but results vary slightly from run to run.</source>
        <translation>SGD uniquement&#xa0;: mettre à jour des blocs de la matrice sur plusieurs threads. Plus rapide, mais les résultats varient légèrement d&apos;une exécution à l&apos;autre.</translation>
    </message>
    <message>
        <source>Per user: k random ratings to test</source>
        <translation>Par utilisateur&#xa0;: k notes au hasard pour le test</translation>
    </message>
    <message>
        <source>Random fraction of all ratings</source>
        <translation>Fraction aléatoire de toutes les notes</translation>
    </message>
    <message>
        <source>Per user: k most recent ratings to test</source>
        <translation>Par utilisateur&#xa0;: les k notes les plus récentes pour le test</translation>
    </message>
    <message>
        <source>How ratings are divided into a training set and a test set</source>
        <translation>Comment les notes sont réparties entre un ensemble d&apos;entraînement et un ensemble de test</translation>
    </message>
    <message>
        <source>Ratings per user moved to the test set (k). Users with too few ratings keep at least one in training.</source>
        <translation>Notes par utilisateur déplacées vers l&apos;ensemble de test (k). Les utilisateurs ayant trop peu de notes en gardent au moins une pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Share of all ratings moved to the test set (0.01 to 0.9)</source>
        <translation>Part de toutes les notes déplacée vers l&apos;ensemble de test (0,01 à 0,9)</translation>
    </message>
    <message>
        <source>Seed of the random split and initialization: the same seed gives the same result</source>
        <translation>Graine de la répartition aléatoire et de l&apos;initialisation&#xa0;: la même graine donne le même résultat</translation>
    </message>
    <message>
        <source>Worker threads used for training (this machine has %1 cores)</source>
        <translation>Threads de calcul utilisés pour l&apos;entraînement (cette machine a %1 cœurs)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Factors:</source>
        <translation>Facteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Époques&#xa0;:</translation>
    </message>
    <message>
        <source>User factor λ:</source>
        <translation>λ des facteurs utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Movie factor λ:</source>
        <translation>λ des facteurs film&#xa0;:</translation>
    </message>
    <message>
        <source>User bias λ:</source>
        <translation>λ des biais utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Movie bias λ:</source>
        <translation>λ des biais film&#xa0;:</translation>
    </message>
    <message>
        <source>Scaling:</source>
        <translation>Mise à l&apos;échelle&#xa0;:</translation>
    </message>
    <message>
        <source>ALS solver:</source>
        <translation>Solveur ALS&#xa0;:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Taux d&apos;apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Rate decay:</source>
        <translation>Décroissance du taux&#xa0;:</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Répartition&#xa0;:</translation>
    </message>
    <message>
        <source>Test ratings per user:</source>
        <translation>Notes de test par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Test fraction:</source>
        <translation>Fraction de test&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads&#xa0;:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and explore collaborative-filtering recommenders.</source>
        <translation>Créer et explorer des systèmes de recommandation par filtrage collaboratif.</translation>
    </message>
    <message>
        <source>Open the built-in synthetic demo dataset.</source>
        <translation>Ouvre le jeu de données synthétique de démonstration intégré.</translation>
    </message>
    <message>
        <source>Visit every area, save one PNG per area into &lt;folder&gt; and quit.</source>
        <translation>Parcourt chaque zone, enregistre une image PNG par zone dans &lt;dossier&gt; et quitte.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>MovieLens folder or ratings file to open.</source>
        <translation>Dossier MovieLens ou fichier de notes à ouvrir.</translation>
    </message>
</context>
</TS>
