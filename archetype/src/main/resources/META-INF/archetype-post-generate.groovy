// The templates hold one component and its test per kind; the project keeps those of the kind asked for
// (-Dkind=criterion|incentive|tier), so it builds and deploys exactly one module.
def kind = request.properties.get('kind')
def project = new File(request.outputDirectory, request.artifactId)
def path = request.properties.get('package').replace('.', '/')
['criterion': 'LocalCriterion', 'incentive': 'LocalIncentive', 'tier': 'LocalTier'].each { k, name ->
    if (k != kind) {
        new File(project, "src/main/java/${path}/${name}.java").delete()
        new File(project, "src/test/java/${path}/${name}Test.java").delete()
    }
}
